import { parse } from 'yaml'

/** A chart's (or subchart's) default values, parsed; undefined when it has no values.yaml or it does not parse. */
export type ChartDefaults = { readonly value: unknown } | undefined

// Several rules read a chart's defaults: parsed once per inspected chart object (inspections are
// cached per chart bytes), so callers share the value and must not change it.
const defaultsBySource = new WeakMap<object, ChartDefaults>()

export function chartDefaults(source: { readonly valuesYaml?: string }): ChartDefaults {
  if (defaultsBySource.has(source)) return defaultsBySource.get(source)
  let defaults: ChartDefaults
  if (source.valuesYaml !== undefined) {
    try {
      defaults = { value: parse(source.valuesYaml) as unknown }
    } catch {
      defaults = undefined
    }
  }
  defaultsBySource.set(source, defaults)
  return defaults
}
