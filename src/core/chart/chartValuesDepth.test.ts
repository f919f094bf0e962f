import { describe, expect, it } from 'vitest'
import { lintPack } from '../lint/lintPack'
import { parseHelmYaml } from '../render/helmYaml'
import { makeTarGz } from '../testing/archiveFixtures'
import { chartYaml, makeChartTgz } from '../testing/chartFixtures'
import { VALID_ADDON_PACK, VALID_PACK_JSON, makePack, withFiles } from '../testing/packFixtures'
import { MAX_NESTING_DEPTH } from '../text/nestingDepth'
import { inspectChart } from './inspectChart'

// A chart's values are read by recursive code (yaml's composer and toJS, the image scan, the
// schema builder): 20,000 levels overflowed the stack, or ran the process out of memory.
const DEEP = 20_000
const deepSequence = `x:\n${'- '.repeat(DEEP)}x\n`
const deepFlow = `a: 1\nx: ${'{a: '.repeat(DEEP)}1${'}'.repeat(DEEP)}\n`
const deepJson = `{"x": ${'['.repeat(DEEP)}${']'.repeat(DEEP)}}`
const TOO_DEEP = `it nests lists and objects more than ${MAX_NESTING_DEPTH} levels deep, the most a pack file may nest; it is not read any further`

describe('a chart whose values nest thousands deep', () => {
  it.each([
    ['a block sequence', deepSequence, 2],
    ['flow mappings', deepFlow, 2],
  ])('is a problem naming values.yaml and the line (%s)', async (_kind, valuesYaml, line) => {
    const tgz = await makeChartTgz({ folder: 'nginx', chartYaml: chartYaml('nginx', '1.0.0'), valuesYaml })
    expect(await inspectChart(tgz)).toEqual({ ok: false, problem: `values.yaml in 'nginx' cannot be read at line ${line} (${TOO_DEEP})` })
  })

  it('is a problem for values.schema.json and for the values of a subchart, packaged or unpacked', async () => {
    const schema = await makeChartTgz({ folder: 'nginx', chartYaml: chartYaml('nginx', '1.0.0'), valuesYaml: 'a: 1\n', files: { 'values.schema.json': deepJson } })
    expect(await inspectChart(schema)).toEqual({ ok: false, problem: `values.schema.json in 'nginx' cannot be read at line 1 (${TOO_DEEP})` })
    const unpacked = await makeChartTgz({
      folder: 'app',
      chartYaml: chartYaml('app', '1.0.0'),
      files: { 'charts/redis/Chart.yaml': chartYaml('redis', '18.0.0'), 'charts/redis/values.yaml': deepSequence },
    })
    expect(await inspectChart(unpacked)).toEqual({ ok: false, problem: `the subchart charts/redis/ in 'app': values.yaml in 'redis' cannot be read at line 2 (${TOO_DEEP})` })
    const redis = await makeChartTgz({ folder: 'redis', chartYaml: chartYaml('redis', '18.0.0'), valuesYaml: deepFlow })
    const packaged = await makeTarGz([{ name: 'app/Chart.yaml', content: chartYaml('app', '1.0.0') }, { name: 'app/charts/redis-18.0.0.tgz', content: redis }])
    expect(await inspectChart(packaged)).toEqual({ ok: false, problem: `the subchart charts/redis-18.0.0.tgz in 'app': values.yaml in 'redis' cannot be read at line 2 (${TOO_DEEP})` })
  })

  it('gives one chart-unreadable finding while every other rule still runs', async () => {
    const tgz = await makeChartTgz({ folder: 'nginx', chartYaml: chartYaml('nginx', '1.0.0'), valuesYaml: deepSequence })
    const pack = makePack(
      withFiles(VALID_ADDON_PACK, {
        'pack.json': { ...VALID_PACK_JSON, displayName: undefined, charts: ['charts/nginx-1.0.0.tgz'] },
        'charts/nginx-1.0.0.tgz': tgz,
      }),
    )
    const findings = await lintPack(pack, { mode: 'author' })
    const fields = findings.map(({ ruleId, severity, file, message }) => ({ ruleId, severity, file, message }))
    expect(fields).toContainEqual({
      ruleId: 'files/chart-unreadable',
      severity: 'error',
      file: 'charts/nginx-1.0.0.tgz',
      message: `charts/nginx-1.0.0.tgz cannot be read as a Helm chart: values.yaml in 'nginx' cannot be read at line 2 (${TOO_DEEP})`,
    })
    expect(fields).toContainEqual(expect.objectContaining({ ruleId: 'pack-json/required-fields', file: 'pack.json' }))
    expect(findings.filter((finding) => finding.message.includes('internal error'))).toEqual([])
  })

  it('is a syntax problem with its line for the renderer, not a stack overflow', () => {
    expect(parseHelmYaml(deepSequence)).toEqual({ ok: false, message: TOO_DEEP, line: 2, column: 2 * MAX_NESTING_DEPTH - 1 })
  })
})
