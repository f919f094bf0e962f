import { isMap, isScalar, isSeq } from 'yaml'
import type { Node as YamlNode, YAMLMap } from 'yaml'
import type { ChartInfo } from '../chart/chartInfo'
import { isPlainObject } from '../data/isPlainObject'
import type { JsonSchema } from '../schema/valuesSchema'
import { parseDocumentWithinDepth } from '../text/parseYamlWithinDepth'

// Completion and hover for `charts.<folder>` in values.yaml: the chart's own values.schema.json where
// it ships one, else a schema read from its default values (keys, types, the comment above each key).
// Defaults describe and never restrict: every object stays open to keys the defaults do not show.

/** Deeper defaults than this are cut off: a schema for completion needs no more, and hostile input stops here. */
const MAX_DEPTH = 32

/** A JSON Schema object; outside schemas are kept as they are, whatever keywords they use. */
type SchemaObject = Readonly<Record<string, unknown>>

/**
 * The comment above a key as a description: the paragraph next to the key, without the `#`s and the
 * markers doc generators use (`# -- text` of helm-docs, `## @param path text` of Bitnami's readme-generator).
 */
export function commentDescription(comment: string | null | undefined): string | undefined {
  if (comment === null || comment === undefined) return undefined
  const paragraphs = comment.split(/\n[ \t]*\n/)
  const lines = (paragraphs[paragraphs.length - 1] ?? '')
    .split('\n')
    .map((line) => line.replace(/^[#\s]*/, '').replace(/^--\s?/, '').replace(/^@param\s+\S+\s*/, '').trimEnd())
    .filter((line) => line !== '' && !/^@(section|skip|extra)\b/.test(line))
  return lines.length === 0 ? undefined : lines.join('\n')
}

function scalarSchema(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') return { type: 'string', default: value }
  if (typeof value === 'number') return { type: 'number', default: value }
  if (typeof value === 'boolean') return { type: 'boolean', default: value }
  // A null default says nothing about the type the chart expects.
  return {}
}

function nodeSchema(node: unknown, depth: number): Record<string, unknown> {
  if (isMap(node)) return depth >= MAX_DEPTH ? { type: 'object' } : mapSchema(node, depth + 1)
  if (isSeq(node)) {
    const first: unknown = node.items[0]
    return { type: 'array', ...(first !== undefined && depth < MAX_DEPTH ? { items: nodeSchema(first, depth + 1) } : {}) }
  }
  return isScalar(node) ? scalarSchema(node.value) : {}
}

function mapSchema(map: YAMLMap, depth: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {}
  map.items.forEach((pair, index) => {
    if (!isScalar(pair.key)) return
    const key = String(pair.key.value)
    // The first key's comment is the map's own (the yaml library hangs it there).
    const comment = (pair.key as YamlNode).commentBefore ?? (index === 0 ? map.commentBefore : undefined)
    // A nested map's comment above its first key belongs to that key, not to this one.
    const description = commentDescription(comment)
    properties[key] = { ...nodeSchema(pair.value, depth), ...(description !== undefined ? { description } : {}) }
  })
  return { type: 'object', properties }
}

/** A schema of a chart's default values (values.yaml text); an empty object schema when they cannot be read. */
export function schemaFromDefaultValues(valuesYaml: string | undefined): Record<string, unknown> {
  if (valuesYaml === undefined) return { type: ['object', 'null'] }
  const document = parseDocumentWithinDepth(valuesYaml, { uniqueKeys: false })
  if (document.errors.length > 0 || !isMap(document.contents)) return { type: ['object', 'null'] }
  // `charts.<folder>:` with nothing under it yet is null, which the pack allows.
  return { ...mapSchema(document.contents, 0), type: ['object', 'null'] }
}

function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Rewrites the schema's own `#...` references to point at where it is embedded; drops ids that would change the base. */
function embedAt(schema: unknown, pointer: string, depth = 0): unknown {
  if (depth > 64) return {}
  if (Array.isArray(schema)) return schema.map((item) => embedAt(item, pointer, depth + 1))
  if (!isPlainObject(schema)) return schema
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    if (depth === 0 && (key === '$id' || key === '$schema')) continue
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) result[key] = `#${pointer}${value.slice(1)}`
    else result[key] = embedAt(value, pointer, depth + 1)
  }
  return result
}

/** The chart's values.schema.json as an object, or undefined when it has none or it is not a JSON object. */
function chartOwnSchema(chart: ChartInfo): SchemaObject | undefined {
  if (chart.valuesSchemaJson === undefined) return undefined
  try {
    const parsed: unknown = JSON.parse(chart.valuesSchemaJson)
    return isPlainObject(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}

/** The schema of a chart's values, with a subchart's defaults under its key (or alias) when the chart has no schema. */
export function chartValuesSchema(chart: ChartInfo): SchemaObject {
  const own = chartOwnSchema(chart)
  if (own) return own
  const schema = schemaFromDefaultValues(chart.valuesYaml)
  const properties = { ...(schema.properties as Record<string, unknown> | undefined) }
  for (const subchart of chart.subcharts ?? []) {
    const key = chart.dependencies.find((dependency) => dependency.name === subchart.name)?.alias ?? subchart.name
    const fromSubchart = schemaFromDefaultValues(subchart.valuesYaml)
    const fromParent = properties[key]
    // The parent's own overrides for the subchart describe its keys first; the subchart's defaults fill in the rest.
    const parentProperties = isPlainObject(fromParent) && isPlainObject(fromParent.properties) ? fromParent.properties : {}
    properties[key] = { ...fromSubchart, ...(isPlainObject(fromParent) ? fromParent : {}), properties: { ...(fromSubchart.properties as object), ...parentProperties } }
  }
  return { ...schema, properties }
}

/**
 * The values.yaml schema for the editor: the pack's own values schema (the `pack:` keys) with
 * `charts.<folder>` described by each chart. Charts sharing a folder: the first one wins.
 */
export function valuesEditorSchema(base: JsonSchema, charts: readonly ChartInfo[]): SchemaObject {
  if (charts.length === 0) return base as SchemaObject
  const chartProperties: Record<string, unknown> = {}
  for (const chart of charts) {
    if (Object.hasOwn(chartProperties, chart.folder)) continue
    const pointer = `/properties/charts/properties/${escapePointerSegment(chart.folder)}`
    chartProperties[chart.folder] = {
      description: `Values of the chart ${chart.name} ${chart.version} (folder \`${chart.folder}\`), as Helm gets them.`,
      ...(embedAt(chartValuesSchema(chart), pointer) as SchemaObject),
    }
  }
  const baseCharts = base.properties?.charts
  return {
    ...base,
    properties: {
      ...base.properties,
      charts: { ...baseCharts, properties: { ...baseCharts?.properties, ...chartProperties } },
    },
  }
}
