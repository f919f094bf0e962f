import { describe, expect, it } from 'vitest'
import { makeChartTgz } from '../../../testing/chartFixtures'
import { expectFixed, runFix } from '../../../testing/fixFixtures'
import { VALID_ADDON_PACK, withFiles } from '../../../testing/packFixtures'
import { chartKeyMismatch } from './chart-key-mismatch'

const chart = (folder: string) => makeChartTgz({ folder, chartYaml: `apiVersion: v2\nname: ${folder}\nversion: 1.0.0\n`, valuesYaml: 'replicaCount: 1\n' })

describe('pack-values/chart-key-mismatch fixes', () => {
  it('renames the one wrong key to the one chart folder without values (safe), keeping its values and comments', async () => {
    const before = 'pack:\n  namespace: wp\ncharts:\n  # the blog\n  wordpress-19.4.3:   # from the tgz name\n    replicaCount: 2\n'
    const files = withFiles(VALID_ADDON_PACK, { 'values.yaml': before, 'charts/wordpress-19.4.3.tgz': await chart('wordpress') })
    const run = await runFix(chartKeyMismatch, files, 'rename-key')
    expect(run.finding).toEqual({
      ruleId: 'pack-values/chart-key-mismatch',
      severity: 'warning',
      file: 'values.yaml',
      line: 5,
      column: 3,
      pointer: '/charts/wordpress-19.4.3',
      message: '`charts.wordpress-19.4.3` matches no chart in this pack, so its values are never used.',
      hint: 'Chart keys are the folder names inside the .tgz files: wordpress.',
      fixes: [{ ruleId: 'pack-values/chart-key-mismatch', fixId: 'rename-key', title: 'Rename `charts.wordpress-19.4.3` to `charts.wordpress`', safe: true, args: { from: 'wordpress-19.4.3', to: 'wordpress' } }],
    })
    expectFixed(run, { 'values.yaml': 'pack:\n  namespace: wp\ncharts:\n  # the blog\n  wordpress:   # from the tgz name\n    replicaCount: 2\n' })
  })

  it('offers one rename per unused folder, none of them safe, when the pairing is not certain', async () => {
    const before = 'charts:\n  db:\n    size: 1\n'
    const files = withFiles(VALID_ADDON_PACK, { 'values.yaml': before, 'charts/mysql.tgz': await chart('mysql'), 'charts/redis.tgz': await chart('redis') })
    const run = await runFix(chartKeyMismatch, files, 'rename-key')
    expect(run.finding.fixes).toEqual([
      { ruleId: 'pack-values/chart-key-mismatch', fixId: 'rename-key', title: 'Rename `charts.db` to `charts.mysql`', safe: false, args: { from: 'db', to: 'mysql' } },
      { ruleId: 'pack-values/chart-key-mismatch', fixId: 'rename-key', title: 'Rename `charts.db` to `charts.redis`', safe: false, args: { from: 'db', to: 'redis' } },
    ])
    expectFixed(run, { 'values.yaml': 'charts:\n  mysql:\n    size: 1\n' })
  })

  it('does not call renaming safe when the key holds a single value, not a chart\'s values', async () => {
    // A chart without default values cannot tell `replicas: 2` is a value one level too high.
    const bare = await makeChartTgz({ folder: 'web', chartYaml: 'apiVersion: v2\nname: web\nversion: 1.0.0\n' })
    const files = withFiles(VALID_ADDON_PACK, { 'values.yaml': 'charts:\n  replicas: 2\n', 'charts/web.tgz': bare })
    const run = await runFix(chartKeyMismatch, files, 'rename-key')
    expect(run.finding.fixes?.map((fix) => [fix.title, fix.safe])).toEqual([['Rename `charts.replicas` to `charts.web`', false]])
  })
})
