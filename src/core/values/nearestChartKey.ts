import { isPlainObject } from '../data/isPlainObject'

const MAX_DEPTH = 4

/** Edit distance, for typos such as `replicacount` against `replicaCount`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= b.length; j += 1) {
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/**
 * Where a misplaced key probably belongs in the chart's defaults: the shallowest nested path ending
 * in the same key (`coder.env` for `env`), else a top key one or two edits away (a typo), else none.
 */
export function nearestChartKey(defaults: Readonly<Record<string, unknown>>, key: string): string | undefined {
  let level: [string, unknown][] = Object.entries(defaults)
  for (let depth = 1; depth <= MAX_DEPTH && level.length > 0; depth += 1) {
    const next: [string, unknown][] = []
    for (const [path, value] of level) {
      if (!isPlainObject(value)) continue
      if (Object.hasOwn(value, key)) return `${path}.${key}`
      next.push(...Object.entries(value).map(([child, childValue]) => [`${path}.${child}`, childValue] as [string, unknown]))
    }
    level = next
  }
  const lower = key.toLowerCase()
  const typo = Object.keys(defaults)
    .map((candidate) => [candidate, candidate.toLowerCase() === lower ? 0 : editDistance(candidate.toLowerCase(), lower)] as const)
    .filter(([, distance]) => distance <= Math.min(2, Math.floor(key.length / 4)))
    .sort((a, b) => a[1] - b[1])[0]
  return typo?.[0]
}
