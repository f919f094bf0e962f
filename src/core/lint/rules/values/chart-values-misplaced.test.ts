import { describe, it } from 'vitest'
import { createLintContext } from '../../lintContext'
import { runRules } from '../../lintPack'
import type { Rule } from '../../types'
import { chartYaml, makeChartTgz } from '../../../testing/chartFixtures'
import { expectFindings } from '../../../testing/expectFindings'
import { VALID_ADDON_PACK, makePack, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import { chartKeyMismatch } from './chart-key-mismatch'
import { chartValuesMisplaced } from './chart-values-misplaced'
import { unknownChartKey } from './unknown-chart-key'

const NGINX_DEFAULTS = 'replicaCount: 1\nimage:\n  repository: nginx\nglobal: {}\n'
const REDIS_DEFAULTS = 'replicaCount: 1\nauth:\n  enabled: true\n'

async function lint(values: string, rules: readonly Rule[] = [chartValuesMisplaced], withRedis = false) {
  const nginx = await makeChartTgz({ folder: 'nginx', chartYaml: chartYaml('nginx', '1.0.0'), valuesYaml: NGINX_DEFAULTS })
  const redis = withRedis ? { 'charts/redis-2.0.0.tgz': await makeChartTgz({ folder: 'redis', chartYaml: chartYaml('redis', '2.0.0'), valuesYaml: REDIS_DEFAULTS }) } : {}
  const pack = makePack(withFiles(VALID_ADDON_PACK, { 'values.yaml': values, 'charts/nginx-1.0.0.tgz': nginx, ...redis }))
  return runRules(await createLintContext(pack, 'import'), rules)
}

const at = (line: number, pointer: string, ruleId = 'pack-values/chart-values-misplaced'): FindingLocation =>
  ({ ruleId, severity: 'warning', file: 'values.yaml', line, pointer })

describe('pack-values/chart-values-misplaced', () => {
  it.each([
    ['values under charts.<folder>', 'pack:\n  namespace: web\ncharts:\n  nginx:\n    replicaCount: 2\n'],
    ['no charts at all', 'pack:\n  namespace: web\n'],
    ['charts.global, which is no chart value one level up', 'charts:\n  global: {}\n  nginx: {}\n'],
    ['a key under charts: that no chart defines (chart-key-mismatch reports it)', 'charts:\n  ngnix:\n    replicaCount: 2\n'],
  ])('accepts %s', async (_label, values) => {
    expectFindings(await lint(values), [])
  })

  it.each<[string, string, boolean, readonly FindingLocation[]]>([
    ['chart values nested under pack.charts', 'pack:\n  namespace: web\n  charts:\n    nginx:\n      replicaCount: 2\n', false, [at(3, '/pack/charts')]],
    ['an empty pack.charts', 'pack:\n  charts:\n', false, [at(2, '/pack/charts')]],
    ['a chart value without the folder key', 'charts:\n  replicaCount: 2\n', false, [at(2, '/charts/replicaCount')]],
    ['chart values beside the folder key', 'charts:\n  nginx: {}\n  image:\n    repository: my/nginx\n', false, [at(3, '/charts/image')]],
    ['a value two charts define', 'charts:\n  replicaCount: 2\n', true, [at(2, '/charts/replicaCount')]],
  ])('warns on %s', async (_label, values, withRedis, expected) => {
    expectFindings(await lint(values, [chartValuesMisplaced], withRedis), expected)
  })

  it('is the only rule to report such a key: chart-key-mismatch and unknown-chart-key stay silent about it', async () => {
    const values = 'charts:\n  nginx:\n    replicaCount: 2\n  replicaCount: 3\n  ngnix: {}\n'
    expectFindings(await lint(values, [chartValuesMisplaced, chartKeyMismatch, unknownChartKey]), [
      at(4, '/charts/replicaCount'),
      at(5, '/charts/ngnix', 'pack-values/chart-key-mismatch'),
    ])
  })
})
