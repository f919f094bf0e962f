import { Validator } from '@cfworker/json-schema'
import type { SchemaDraft } from '@cfworker/json-schema'
import { parse } from 'yaml'
import { leafSchemaErrors, schemaErrorMessage } from '../../../k8s/jsonSchemaErrors'
import { isPlainObject } from '../../lintContext'
import { VALUES_YAML } from '../../../pack/pack'
import { formatPointer, parsePointer } from '../../../text/jsonPointer'
import { coalesceChartValues } from '../../../values/coalesceChartValues'
import { valueAt, valuesObject } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

const DRAFTS: readonly [RegExp, SchemaDraft][] = [
  [/draft-04/, '4'],
  [/draft-06|draft-07/, '7'],
  [/2019-09/, '2019-09'],
  [/2020-12/, '2020-12'],
]
const MACRO = /\{\{.*\}\}/s

/**
 * Helm validates a chart's values against its values.schema.json at install: the chart's defaults
 * coalesced with the pack's `charts.<folder>` values. Palette installs each chart as its own
 * release, so the chart is a top-level chart and Helm injects no `global` into its values (only
 * into subcharts'); this rule does the same. Subcharts' own schemas are not checked yet.
 */
export const chartValuesSchema: Rule = {
  id: 'pack-values/chart-values-schema',
  severity: 'error',
  description: "The values given to a chart (its defaults with `charts.<folder>`) should pass the chart's values.schema.json, as Helm requires.",
  spec: 'R20',
  *check(context: LintContext): Iterable<FindingDraft> {
    const values = valuesObject(context)
    if (context.values === undefined || context.values.errors.length > 0) return
    // Palette accepts the pack on upload; Helm refuses it on the cluster. A new pack must pass.
    const severity = context.mode === 'author' ? 'error' : 'warning'
    for (const [chartPath, inspection] of context.charts) {
      if (!inspection.ok || inspection.chart.valuesSchemaJson === undefined) continue
      const { folder, valuesSchemaJson, valuesYaml } = inspection.chart
      const schema = parseSchema(valuesSchemaJson)
      if (schema === undefined) {
        yield { file: chartPath, severity: 'warning', message: `The chart's values.schema.json (in ${chartPath}) is not a JSON object, so Helm cannot validate values with it.`, hint: 'Use a chart version with a valid schema.' }
        continue
      }
      const defaults = parseDefaults(valuesYaml)
      const given = valueAt(values, ['charts', folder])
      const coalesced = coalesceChartValues(defaults, given.found ? given.value : undefined) ?? {}
      const result = new Validator(schema, draftOf(schema), false).validate(coalesced)
      if (result.valid) continue
      for (const unit of leafSchemaErrors(result.errors)) {
        const segments = parsePointer(unit.instanceLocation.replace(/^#/, ''))
        const value = valueAt(coalesced, segments)
        if (typeof value.value === 'string' && MACRO.test(value.value)) continue // Palette fills macros before Helm runs.
        const path = ['charts', folder, ...segments]
        const inPack = valueAt(values, path).found
        const where = segments.length === 0 ? `charts.${folder}` : `charts.${folder}.${segments.join('.')}`
        yield {
          file: VALUES_YAML,
          pointer: formatPointer(path),
          severity,
          message: `\`${where}\`${inPack ? '' : " (from the chart's default values)"}: ${schemaErrorMessage(unit)} Helm refuses to install ${inspection.chart.name} with these values (values.schema.json of ${chartPath}).`,
          hint: 'Change the value to what the chart\'s values.schema.json allows.',
        }
      }
    }
  },
}

function parseSchema(text: string): Record<string, unknown> | undefined {
  try {
    const schema: unknown = JSON.parse(text)
    return isPlainObject(schema) ? schema : undefined
  } catch {
    return undefined
  }
}

function parseDefaults(text: string | undefined): unknown {
  if (text === undefined) return {}
  try {
    return parse(text) as unknown
  } catch {
    return {}
  }
}

function draftOf(schema: Record<string, unknown>): SchemaDraft {
  const declared = typeof schema.$schema === 'string' ? schema.$schema : ''
  return DRAFTS.find(([pattern]) => pattern.test(declared))?.[1] ?? '7'
}
