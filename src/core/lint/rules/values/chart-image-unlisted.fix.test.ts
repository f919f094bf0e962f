import { describe, expect, it } from 'vitest'
import { chartYaml, makeChartTgz } from '../../../testing/chartFixtures'
import { expectFixed, runFix } from '../../../testing/fixFixtures'
import { VALID_ADDON_PACK, withFiles } from '../../../testing/packFixtures'
import { chartImageUnlisted } from './chart-image-unlisted'

const RULE = 'pack-values/chart-image-unlisted'
const CHART_VALUES = '# Redis\nimage:\n  registry: docker.io\n  repository: bitnami/redis\n  tag: 7.2.4\n'
// The chart's defaults, as a chart pack holds them: a fix must leave them byte for byte.
const CHARTS = 'charts:\n  redis:\n    # Redis\n    image:\n      registry: docker.io\n      repository: bitnami/redis\n      tag: "7.2.4"   # pinned\n'

async function files(values: string) {
  const chart = await makeChartTgz({ folder: 'redis', chartYaml: chartYaml('redis', '18.0.0', '7.2.4'), valuesYaml: CHART_VALUES })
  return withFiles(VALID_ADDON_PACK, { 'values.yaml': values, 'charts/redis-18.0.0.tgz': chart })
}

describe('pack-values/chart-image-unlisted fixes', () => {
  it.each([
    [
      'appends to the list',
      'pack:\n  namespace: redis\n  content:\n    images:\n      # the exporter\n      - image: quay.io/oliver006/redis_exporter:v1.58.0 # sidecar\n' + CHARTS,
      4, 5, '/pack/content/images',
      'pack:\n  namespace: redis\n  content:\n    images:\n      # the exporter\n      - image: quay.io/oliver006/redis_exporter:v1.58.0 # sidecar\n      - image: docker.io/bitnami/redis:7.2.4\n' + CHARTS,
    ],
    [
      'fills an empty flow list, keeping its comment',
      'pack:\n  content:\n    images: []  # none yet\n' + CHARTS,
      3, 5, '/pack/content/images',
      'pack:\n  content:\n    images:\n      - image: docker.io/bitnami/redis:7.2.4 # none yet\n' + CHARTS,
    ],
    [
      'adds images: after the last key of content',
      'pack:\n  content:\n    charts:\n      - repo: x\n' + CHARTS,
      2, 3, '/pack/content',
      'pack:\n  content:\n    charts:\n      - repo: x\n    images:\n      - image: docker.io/bitnami/redis:7.2.4\n' + CHARTS,
    ],
    [
      'adds content: after the last key of pack',
      'pack:\n    namespace: "redis"   # target\n' + CHARTS,
      1, 1, '/pack',
      'pack:\n    namespace: "redis"   # target\n    content:\n      images:\n        - image: docker.io/bitnami/redis:7.2.4\n' + CHARTS,
    ],
    [
      'adds a pack: section before the first key',
      '# values\n' + CHARTS,
      2, 1, '',
      '# values\npack:\n  content:\n    images:\n      - image: docker.io/bitnami/redis:7.2.4\n' + CHARTS,
    ],
  ])('%s', async (_name, values, line, column, pointer, after) => {
    const run = await runFix(chartImageUnlisted, await files(values), 'add-image')
    expect(run.finding).toEqual({
      ruleId: RULE,
      severity: 'warning',
      file: 'values.yaml',
      line,
      column,
      pointer,
      message: 'The chart `redis` names the image docker.io/bitnami/redis:7.2.4 (values: image), but `pack.content.images` does not list it, so air-gapped installs will not mirror it.',
      hint: 'Add it under `pack.content.images`, unless the pack\'s values turn off what uses it.',
      fixes: [{ ruleId: RULE, fixId: 'add-image', title: 'Add docker.io/bitnami/redis:7.2.4 to pack.content.images', safe: false, args: { image: 'docker.io/bitnami/redis:7.2.4' } }],
    })
    expectFixed(run, { 'values.yaml': after })
  })

  it('does nothing when the image was listed since the finding', async () => {
    const run = await runFix(chartImageUnlisted, await files('pack:\n  content:\n    images: []\n'), 'add-image')
    const fixedTwice = chartImageUnlisted.fixes?.['add-image']?.(run.after, run.fix.args)
    expect(fixedTwice).toBe(run.after)
  })
})
