import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { chartYaml, makeChartTgz } from '../../../testing/chartFixtures'
import { chartUnreadable } from './chart-unreadable'
import { expectFindings } from '../../../testing/expectFindings'

describe('files/chart-unreadable', () => {
  it('has nothing to say about readable charts or a pack without charts', async () => {
    const chart = await makeChartTgz({ folder: 'a', chartYaml: chartYaml('a', '1.0.0') })
    expectFindings(await lintWithRule(chartUnreadable, VALID_ADDON_PACK), [])
    expectFindings(await lintWithRule(chartUnreadable, withFiles(VALID_ADDON_PACK, { 'charts/a-1.0.0.tgz': chart })), [])
  })

  it.each([
    ['text named .tgz', () => Promise.resolve('not a chart'), 'charts/a-1.0.0.tgz'],
    ['a chart without Chart.yaml', async () => makeChartTgz({ folder: 'a', valuesYaml: '' }), 'charts/a-1.0.0.tgz'],
    ['a chart without a version', async () => makeChartTgz({ folder: 'a', chartYaml: 'name: a\n' }), 'charts/sub/b.TGZ'],
  ])('flags %s', async (_label, build, file) => {
    const files = withFiles(VALID_ADDON_PACK, { [file]: await build() })
    expectFindings(await lintWithRule(chartUnreadable, files, 'import'), [{ ruleId: 'files/chart-unreadable', severity: 'error', file }])
  })
})
