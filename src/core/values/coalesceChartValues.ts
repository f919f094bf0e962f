import { isPlainObject } from '../data/isPlainObject'

/**
 * Helm's coalescing of a chart's default values with the values given for it
 * (pkg/chartutil/coalesce.go): given values win, maps merge key by key, and a `null` given value
 * deletes the default. Neither input is modified.
 */
export function coalesceChartValues(defaults: unknown, given: unknown): unknown {
  if (!isPlainObject(given)) return given === undefined ? defaults : given
  if (!isPlainObject(defaults)) return removeNulls(given)
  const result: Record<string, unknown> = { ...defaults }
  for (const [key, value] of Object.entries(given)) {
    if (value === null) Reflect.deleteProperty(result, key)
    else result[key] = coalesceChartValues(defaults[key], value)
  }
  return result
}

function removeNulls(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, child]) => child !== null).map(([key, child]) => [key, isPlainObject(child) ? removeNulls(child) : child]))
}
