import { describe, it } from 'vitest'
import { lintWithCharts } from '../../../testing/chartLintFixtures'
import { VALID_ADDON_PACK, withFiles } from '../../../testing/packFixtures'
import { releaseNameOverride } from './release-name-override'
import { expectFindings } from '../../../testing/expectFindings'

const PROXY = { folder: 'oauth2-proxy', path: 'charts/oauth2-proxy-8.2.0.tgz', dependencies: ['redis'] }
const lint = (values: string) => lintWithCharts(releaseNameOverride, withFiles(VALID_ADDON_PACK, { 'values.yaml': values }), [PROXY])

describe('pack-values/release-name-override', () => {
  it.each([
    ['a chart folder key', 'pack:\n  releaseNameOverride:\n    oauth2-proxy: proxy-two\n'],
    ['a manifest key', 'pack:\n  releaseNameOverride:\n    hello-app: hello-two\n'],
    ['a sub-chart key', 'pack:\n  releaseNameOverride:\n    redis: proxy-redis\n'],
    ['no overrides', 'pack:\n  namespace: a\n'],
  ])('accepts %s', async (_name, values) => {
    expectFindings(await lint(values), [])
  })

  it.each([
    ['an unknown name', 'pack:\n  releaseNameOverride:\n    oauth2-proxy: a\n    proxy: b\n', 4, '/pack/releaseNameOverride/proxy'],
    ['an empty release name', 'pack:\n  releaseNameOverride:\n    oauth2-proxy: ""\n', 3, '/pack/releaseNameOverride/oauth2-proxy'],
    ['a list', 'pack:\n  releaseNameOverride: [a]\n', 2, '/pack/releaseNameOverride'],
  ])('warns on %s', async (_name, values, line, pointer) => {
    expectFindings(await lint(values), [{ ruleId: 'pack-values/release-name-override', severity: 'warning', file: 'values.yaml', line, pointer }])
  })
})
