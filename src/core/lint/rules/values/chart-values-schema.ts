import { Validator } from '@cfworker/json-schema'
import type { SchemaDraft } from '@cfworker/json-schema'
import type { ChartInfo } from '../../../chart/chartInfo'
import { chartDefaults } from '../../../chart/chartDefaults'
import { leafSchemaErrors, schemaErrorMessage } from '../../../k8s/jsonSchemaErrors'
import { isPlainObject } from '../../../data/isPlainObject'
import { VALUES_YAML } from '../../../pack/pack'
import { formatPointer, parsePointer } from '../../../text/jsonPointer'
import { coalesceChartValues } from '../../../values/coalesceChartValues'
import { valuesObject } from '../../../values/packContents'
import { valueAtSegments as valueAt } from '../../../values/dottedPath'
import type { FindingDraft, LintContext, Rule, Severity } from '../../types'

const DRAFTS: readonly [RegExp, SchemaDraft][] = [
  [/draft-04/, '4'],
  [/draft-06|draft-07/, '7'],
  [/2019-09/, '2019-09'],
  [/2020-12/, '2020-12'],
]
const MACRO = /\{\{.*\}\}/s
const HINT = "Change the value to what the chart's values.schema.json allows."

/** One schema check: a schema, the values it judges, and where those values sit in values.yaml. */
interface SchemaCheck {
  readonly chartPath: string
  readonly chartName: string
  readonly schemaJson: string
  readonly values: unknown
  /** The path of these values in the pack's values.yaml (`charts.<folder>[.<subchart>]`). */
  readonly valuesPath: readonly string[]
  readonly subchart?: string
}

/**
 * Helm validates a chart's values against its values.schema.json at install: the chart's defaults
 * coalesced with the pack's `charts.<folder>` values. Palette installs each chart as its own
 * release, so it is a top-level chart and gets no `global` (Helm injects `global` only into
 * subcharts). Unpacked subcharts with a schema are checked with their slice of the values plus the
 * injected `global`, as Helm does, so a strict subchart schema that rejects `global` fails here too.
 */
export const chartValuesSchema: Rule = {
  id: 'pack-values/chart-values-schema',
  severity: 'error',
  description: "The values given to a chart (its defaults with `charts.<folder>`) should pass the chart's values.schema.json, as Helm requires.",
  spec: 'R20',
  *check(context: LintContext): Iterable<FindingDraft> {
    const packValues = valuesObject(context)
    if (context.values === undefined || context.values.errors.length > 0) return
    // Palette accepts the pack on upload; Helm refuses it on the cluster. A new pack must pass.
    const severity: Severity = context.mode === 'author' ? 'error' : 'warning'
    for (const [chartPath, inspection] of context.charts) {
      if (!inspection.ok) continue
      for (const check of schemaChecks(chartPath, inspection.chart, packValues)) yield* runCheck(check, packValues, severity)
    }
  },
}

function schemaChecks(chartPath: string, chart: ChartInfo, packValues: unknown): SchemaCheck[] {
  // Most charts ship no schema: their defaults need not be composed and coalesced for nothing.
  if (chart.valuesSchemaJson === undefined && (chart.subchartSchemas ?? []).length === 0) return []
  const given = valueAt(packValues, ['charts', chart.folder])
  const values = coalesceChartValues(parseDefaults(chart), given.found ? given.value : undefined) ?? {}
  const checks: SchemaCheck[] = []
  const base = { chartPath, chartName: chart.name }
  if (chart.valuesSchemaJson !== undefined) checks.push({ ...base, schemaJson: chart.valuesSchemaJson, values, valuesPath: ['charts', chart.folder] })
  for (const subchart of chart.subchartSchemas ?? []) {
    const dependency = chart.dependencies.find((candidate) => candidate.name === subchart.folder)
    const key = dependency?.alias ?? subchart.folder
    if (dependency?.condition !== undefined && conditionDisables(values, dependency.condition)) continue
    const parentGlobal = isPlainObject(values) && isPlainObject(values.global) ? values.global : {}
    const own = coalesceChartValues(parseDefaults(subchart), isPlainObject(values) ? values[key] : undefined)
    const withGlobal = { ...(isPlainObject(own) ? own : {}), global: coalesceChartValues(isPlainObject(own) ? own.global : undefined, parentGlobal) ?? {} }
    checks.push({ ...base, schemaJson: subchart.valuesSchemaJson, values: withGlobal, valuesPath: ['charts', chart.folder, key], subchart: key })
  }
  return checks
}

/** Helm's condition: the first of the comma-separated paths that holds a boolean decides. */
function conditionDisables(values: unknown, condition: string): boolean {
  for (const path of condition.split(',').map((part) => part.trim()).filter(Boolean)) {
    const { found, value } = valueAt(values, path.split('.'))
    if (found && typeof value === 'boolean') return !value
  }
  return false
}

function* runCheck(check: SchemaCheck, packValues: unknown, severity: Severity): Iterable<FindingDraft> {
  const schema = parseSchema(check.schemaJson)
  const schemaName = check.subchart === undefined ? 'values.schema.json' : `values.schema.json of its subchart ${check.subchart}`
  if (schema === undefined) {
    yield { file: check.chartPath, severity: 'warning', message: `The chart's ${schemaName} (in ${check.chartPath}) is not a JSON object, so Helm cannot validate values with it.`, hint: 'Use a chart version with a valid schema.' }
    return
  }
  const result = new Validator(schema, draftOf(schema), false).validate(check.values)
  if (result.valid) return
  for (const unit of leafSchemaErrors(result.errors)) {
    const segments = parsePointer(unit.instanceLocation.replace(/^#/, ''))
    const value = valueAt(check.values, segments)
    if (typeof value.value === 'string' && MACRO.test(value.value)) continue // Palette fills macros before Helm runs.
    const path = [...check.valuesPath, ...segments]
    const injected = check.subchart !== undefined && segments[0] === 'global'
    const origin = valueAt(packValues, path).found ? '' : injected ? ' (the `global` Helm gives every subchart)' : " (from the chart's default values)"
    yield {
      file: VALUES_YAML,
      pointer: formatPointer(path),
      severity,
      message: `\`${path.join('.')}\`${origin}: ${schemaErrorMessage(unit)} Helm refuses to install ${check.chartName} with these values (${schemaName} in ${check.chartPath}).`,
      hint: injected ? 'The subchart\'s schema refuses the `global` key Helm injects; this chart version cannot be installed as it is (use a version whose schema allows `global`).' : HINT,
    }
  }
}

function parseSchema(text: string): Record<string, unknown> | undefined {
  try {
    const schema: unknown = JSON.parse(text)
    return isPlainObject(schema) ? schema : undefined
  } catch {
    return undefined
  }
}

function parseDefaults(source: { readonly valuesYaml?: string }): unknown {
  const defaults = chartDefaults(source)
  return defaults === undefined ? {} : defaults.value
}

function draftOf(schema: Record<string, unknown>): SchemaDraft {
  const declared = typeof schema.$schema === 'string' ? schema.$schema : ''
  return DRAFTS.find(([pattern]) => pattern.test(declared))?.[1] ?? '7'
}
