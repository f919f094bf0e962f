import { describe, it } from 'vitest'
import { chartYaml, makeChartTgz } from '../../../testing/chartFixtures'
import { expectFindings } from '../../../testing/expectFindings'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { chartImageUnlisted } from './chart-image-unlisted'

const CHART_VALUES = 'image:\n  repository: bitnami/redis\n  tag: 7.2.4\nmetrics:\n  image: quay.io/oliver006/redis_exporter:v1.58.0\n'

async function lint(values: string, mode: 'author' | 'import' = 'author') {
  const chart = await makeChartTgz({ folder: 'redis', chartYaml: chartYaml('redis', '18.0.0', '7.2.4'), valuesYaml: CHART_VALUES })
  return lintWithRule(chartImageUnlisted, withFiles(VALID_ADDON_PACK, { 'values.yaml': values, 'charts/redis-18.0.0.tgz': chart }), mode)
}

const BOTH = 'pack:\n  content:\n    images:\n      - image: docker.io/bitnami/redis:7.2.4\n      - image: quay.io/oliver006/redis_exporter:v1.58.0\n'

describe('pack-values/chart-image-unlisted', () => {
  it.each([
    ['both images listed', BOTH],
    ['both listed in short form', 'pack:\n  content:\n    images:\n      - image: bitnami/redis:7.2.4\n      - image: "quay.io/oliver006/redis_exporter:v1.58.0"\n'],
    ['a list that is not a list (content-images reports it)', 'pack:\n  content:\n    images:\n      image: a:1\n'],
    ['broken YAML', 'pack: [\n'],
  ])('accepts %s', async (_name, values) => {
    expectFindings(await lint(values), [])
  })

  it.each([
    ['one image missing', 'pack:\n  content:\n    images:\n      - image: docker.io/bitnami/redis:7.2.4\n', 'author', [['warning', 3, '/pack/content/images']]],
    ['no list under content', 'pack:\n  namespace: redis\n  content: {}\n', 'author', [['warning', 3, '/pack/content'], ['warning', 3, '/pack/content']]],
    ['no pack section', 'charts:\n  redis: {}\n', 'author', [['warning', 1, ''], ['warning', 1, '']]],
    ['a missing image on import', 'pack:\n  content:\n    images:\n      - image: docker.io/bitnami/redis:7.2.4\n', 'import', [['info', 3, '/pack/content/images']]],
  ] as const)('reports %s', async (_name, values, mode, rows) => {
    expectFindings(
      await lint(values, mode),
      rows.map(([severity, line, pointer]) => ({ ruleId: 'pack-values/chart-image-unlisted', severity, file: 'values.yaml', line, pointer })),
    )
  })
})
