import { describe, it } from 'vitest'
import { lintWithCharts } from '../../../testing/chartLintFixtures'
import { VALID_ADDON_PACK, withFiles } from '../../../testing/packFixtures'
import { chartKeyMismatch } from './chart-key-mismatch'
import { expectFindings } from '../../../testing/expectFindings'

const WORDPRESS = { folder: 'wordpress', path: 'charts/wordpress-19.4.3.tgz' }
const lint = (values: string, charts = [WORDPRESS]) =>
  lintWithCharts(chartKeyMismatch, withFiles(VALID_ADDON_PACK, { 'values.yaml': values }), charts)

describe('pack-values/chart-key-mismatch', () => {
  it.each([
    ['a key named after the folder inside the tgz', 'charts:\n  wordpress:\n    replicaCount: 2\n'],
    ['no charts section', 'pack:\n  namespace: a\n'],
    ['an empty charts section', 'charts:\n'],
  ])('accepts %s', async (_name, values) => {
    expectFindings(await lint(values), [])
  })

  it('says nothing when a chart archive could not be read', async () => {
    const findings = await lintWithCharts(chartKeyMismatch, withFiles(VALID_ADDON_PACK, {
      'values.yaml': 'charts:\n  other: {}\n',
      'charts/broken.tgz': new Uint8Array([1, 2, 3]),
    }), [])
    expectFindings(findings, [])
  })

  it.each([
    ['the tgz file name instead of the folder', 'charts:\n  wordpress-19.4.3:\n    replicaCount: 2\n', [WORDPRESS], 2, '/charts/wordpress-19.4.3'],
    ['a chart value one level too high', 'charts:\n  wordpress: {}\n  replicaCount: 2\n', [WORDPRESS], 3, '/charts/replicaCount'],
    ['a key with no chart in the pack', 'charts:\n  nginx: {}\n', [], 2, '/charts/nginx'],
  ])('warns on %s', async (_name, values, charts, line, pointer) => {
    expectFindings(await lint(values, charts), [{ ruleId: 'pack-values/chart-key-mismatch', severity: 'warning', file: 'values.yaml', line, pointer }])
  })
})
