import { isHelmMap, parseHelmYaml } from './helmYaml'
import type { HelmMap, HelmValue } from './helmYaml'

/** A `--set path=value` that cannot be applied, for the usage message. */
export class SetValueError extends Error {}

/**
 * Applies `path=value` overrides to the pack's values (`charts.nginx.replicaCount=3`), as `helm
 * --set` does for scalars: the value is read as a YAML scalar (`3`, `true`, `null`, text).
 * Returns a new map; the input is not changed.
 */
export function applySetValues(values: HelmMap, assignments: readonly string[]): HelmMap {
  const result = structuredClone(values)
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=')
    if (equals <= 0) throw new SetValueError(`--set ${assignment}: expected path=value`)
    const keys = assignment.slice(0, equals).split('.')
    if (keys.some((key) => key === '')) throw new SetValueError(`--set ${assignment}: the path has an empty key`)
    const last = keys.pop() ?? ''
    let table: HelmMap = result
    for (const key of keys) {
      const next: HelmValue | undefined = table[key]
      if (!isHelmMap(next)) table[key] = {}
      const child = table[key]
      if (!isHelmMap(child)) throw new SetValueError(`--set ${assignment}: ${key} is not a mapping`)
      table = child
    }
    table[last] = scalar(assignment.slice(equals + 1))
  }
  return result
}

function scalar(text: string): HelmValue {
  const parsed = parseHelmYaml(text)
  return parsed.ok && (parsed.value === null || typeof parsed.value !== 'object') ? parsed.value : text
}
