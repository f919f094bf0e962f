import { PROPERTY_INDEX as INDEX } from './generated/propertyIndex'
import type { DocumentProblem } from './renderedFinding'

export const UNKNOWN_FIELD_RULE_ID = 'rendered/unknown-field'

/** True when the property index knows this built-in kind. */
export function hasPropertyIndex(apiVersion: string, kind: string): boolean {
  return Object.hasOwn(INDEX.kinds, `${apiVersion}/${kind}`)
}

/**
 * Fields the kind's schema does not define (kubeconform's `-strict`). The API server drops them
 * (or refuses them under strict field validation), so they are usually a misspelling or a value
 * at the wrong level.
 */
export function findUnknownFields(apiVersion: string, kind: string, value: unknown): DocumentProblem[] {
  const typeIndex = INDEX.kinds[`${apiVersion}/${kind}`]
  if (typeIndex === undefined) return []
  const problems: DocumentProblem[] = []
  walk(value, typeIndex, [], problems, kind)
  return problems
}

function walk(value: unknown, typeIndex: number, path: (string | number)[], problems: DocumentProblem[], kind: string): void {
  if (typeIndex < 0 || value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    value.forEach((item, index) => { walk(item, typeIndex, [...path, index], problems, kind) })
    return
  }
  const properties = INDEX.types[typeIndex]
  if (properties === undefined) return
  for (const [key, child] of Object.entries(value)) {
    const childType = Object.hasOwn(properties, key) ? properties[key] : undefined
    if (childType === undefined) {
      problems.push({
        ruleId: UNKNOWN_FIELD_RULE_ID,
        severity: 'warning',
        path: [...path, key],
        message: `${kind} has no field \`${key}\` here; Kubernetes ignores it.`,
        hint: nearestHint(key, Object.keys(properties)),
      })
      continue
    }
    walk(child, childType, [...path, key], problems, kind)
  }
}

function nearestHint(key: string, known: readonly string[]): string {
  const lower = key.toLowerCase()
  const near = known.find((name) => name.toLowerCase() === lower) ?? known.find((name) => editDistance(name.toLowerCase(), lower) <= 2)
  return near !== undefined ? `Did you mean \`${near}\`?` : 'Check the spelling and the indentation: the field may belong one level up or down.'
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3
  let previous = Array.from({ length: b.length + 1 }, (_unused, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
