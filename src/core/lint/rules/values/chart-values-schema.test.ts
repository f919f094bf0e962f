import { describe, expect, it } from 'vitest'
import { lintPack } from '../../lintPack'
import { chartYaml, makeChartTgz } from '../../../testing/chartFixtures'
import { VALID_ADDON_PACK, makePack, withFiles } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { chartValuesSchema } from './chart-values-schema'

const SCHEMA = JSON.stringify({
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['replicas'],
  properties: {
    replicas: { type: 'integer', minimum: 1 },
    mode: { enum: ['fast', 'safe'] },
    image: { type: 'object', properties: { tag: { type: 'string' } } },
  },
})
const DEFAULTS = 'replicas: 1\nmode: fast\nimage:\n  tag: "1.0"\n'

async function lint(values: string, mode: LintMode = 'author', schema = SCHEMA) {
  const chart = await makeChartTgz({ folder: 'web', chartYaml: chartYaml('web', '1.0.0'), valuesYaml: DEFAULTS, files: { 'values.schema.json': schema } })
  const pack = makePack(withFiles(VALID_ADDON_PACK, { 'values.yaml': values, 'charts/web-1.0.0.tgz': chart }))
  return lintPack(pack, { mode, rules: [chartValuesSchema] })
}

const HINT = "Change the value to what the chart's values.schema.json allows."
const tail = "Helm refuses to install web with these values (values.schema.json in charts/web-1.0.0.tgz)."

describe('pack-values/chart-values-schema', () => {
  it.each([
    ['the chart defaults alone', 'pack:\n  namespace: web\n'],
    ['valid overrides', 'charts:\n  web:\n    replicas: 3\n    mode: safe\n'],
    ['a Palette macro where a number is expected', 'charts:\n  web:\n    replicas: "{{ .spectro.var.replicas }}"\n'],
    ['a schema that is not an object', 'charts:\n  web:\n    replicas: 0\n', '[]'],
  ])('accepts %s', async (_name, values, schema = SCHEMA) => {
    const findings = await lint(values, 'author', schema)
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([])
  })

  it.each([
    ['a value below the minimum', 'charts:\n  web:\n    replicas: 0\n', 'author', 3, 5, '/charts/web/replicas', '`charts.web.replicas`: 0 is less than 1.'],
    ['an enum violation, as a warning on an opened pack', 'charts:\n  web:\n    mode: turbo\n', 'import', 3, 5, '/charts/web/mode', '`charts.web.mode`: Instance does not match any of ["fast","safe"].'],
    ['a key the strict schema does not allow', 'charts:\n  web:\n    global:\n      x: 1\n', 'author', 3, 5, '/charts/web/global', '`charts.web.global`: is not allowed here: the schema defines no such key.'],
    ['a default removed with null that the schema requires', 'charts:\n  web:\n    replicas: null\n', 'author', 2, 3, '/charts/web', '`charts.web`: Instance does not have required property "replicas".'],
  ] as const)('reports %s', async (_name, values, mode, line, column, pointer, message) => {
    expect(await lint(values, mode)).toEqual([
      { ruleId: 'pack-values/chart-values-schema', severity: mode === 'author' ? 'error' : 'warning', file: 'values.yaml', line, column, pointer, message: `${message} ${tail}`, hint: HINT },
    ])
  })

  it('names a default value of the chart that breaks its own schema', async () => {
    const findings = await lint('pack:\n  namespace: web\n', 'author', SCHEMA.replace('"type":"string"', '"type":"number"'))
    expect(findings).toEqual([
      { ruleId: 'pack-values/chart-values-schema', severity: 'error', file: 'values.yaml', line: 1, column: 1, pointer: '/charts/web/image/tag', message: `\`charts.web.image.tag\` (from the chart's default values): Instance type "string" is invalid. Expected "number". ${tail}`, hint: HINT },
    ])
  })

  it('warns when the schema is not JSON', async () => {
    expect(await lint('pack: {}\n', 'author', '{ not json')).toEqual([
      { ruleId: 'pack-values/chart-values-schema', severity: 'warning', file: 'charts/web-1.0.0.tgz', message: "The chart's values.schema.json (in charts/web-1.0.0.tgz) is not a JSON object, so Helm cannot validate values with it.", hint: 'Use a chart version with a valid schema.' },
    ])
  })
})

describe('pack-values/chart-values-schema on subcharts', () => {
  const subSchema = (strict: boolean) => JSON.stringify({ type: 'object', ...(strict ? { additionalProperties: false } : {}), properties: { port: { type: 'integer' }, enabled: { type: 'boolean' } } })
  async function lintSub(values: string, strict: boolean) {
    const chart = await makeChartTgz({
      folder: 'web',
      chartYaml: `${chartYaml('web', '1.0.0')}dependencies:\n  - name: sub\n    version: 1.0.0\n    alias: db\n    condition: db.enabled\n`,
      valuesYaml: 'db:\n  enabled: true\n',
      files: { 'charts/sub/Chart.yaml': chartYaml('sub', '1.0.0'), 'charts/sub/values.yaml': 'port: 5432\n', 'charts/sub/values.schema.json': subSchema(strict) },
    })
    return lintPack(makePack(withFiles(VALID_ADDON_PACK, { 'values.yaml': values, 'charts/web-1.0.0.tgz': chart })), { mode: 'author', rules: [chartValuesSchema] })
  }
  const subTail = 'Helm refuses to install web with these values (values.schema.json of its subchart db in charts/web-1.0.0.tgz).'

  it('accepts valid subchart values under the alias, with a schema that allows global', async () => {
    expect(await lintSub('charts:\n  web:\n    db:\n      port: 6543\n', false)).toEqual([])
  })

  it('reports a subchart value the subchart schema refuses', async () => {
    expect(await lintSub('charts:\n  web:\n    db:\n      port: high\n', false)).toEqual([
      { ruleId: 'pack-values/chart-values-schema', severity: 'error', file: 'values.yaml', line: 4, column: 7, pointer: '/charts/web/db/port', message: `\`charts.web.db.port\`: Instance type "string" is invalid. Expected "integer". ${subTail}`, hint: HINT },
    ])
  })

  it('follows Helm: a strict subchart schema refuses the injected global', async () => {
    expect(await lintSub('charts:\n  web:\n    db:\n      port: 6543\n', true)).toEqual([
      {
        ruleId: 'pack-values/chart-values-schema',
        severity: 'error',
        file: 'values.yaml',
        line: 3,
        column: 5,
        pointer: '/charts/web/db/global',
        message: `\`charts.web.db.global\` (the \`global\` Helm gives every subchart): is not allowed here: the schema defines no such key. ${subTail}`,
        hint: "The subchart's schema refuses the `global` key Helm injects; this chart version cannot be installed as it is (use a version whose schema allows `global`).",
      },
    ])
  })

  it('skips a subchart its condition disables, as Helm does', async () => {
    expect(await lintSub('charts:\n  web:\n    db:\n      enabled: false\n      port: high\n', true)).toEqual([])
  })
})
