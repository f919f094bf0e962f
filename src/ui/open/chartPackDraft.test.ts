import { describe, expect, it } from 'vitest'
import { classifyArchive, decodeText, lintPack, readTextFile } from '../../core'
import { chartYaml, makeChartTgz } from '../../core/testing/chartFixtures'
import { chartPackDraft } from './chartPackDraft'

async function openedChart(name: string, version: string, fileName: string) {
  const bytes = await makeChartTgz({ folder: name, chartYaml: chartYaml(name, version), valuesYaml: 'replicaCount: 2\n' })
  const opened = await classifyArchive(bytes, fileName)
  if (opened.kind !== 'helm-chart') throw new Error('expected a chart')
  return opened
}

describe('chartPackDraft', () => {
  it('makes a Helm chart add-on pack named after the chart, holding it and its default values', async () => {
    const opened = await openedChart('nginx', '1.2.3', 'nginx-1.2.3.tgz')
    const pack = chartPackDraft(opened)
    expect(pack.files.get('charts/nginx-1.2.3.tgz')).toBe(opened.bytes)
    expect(JSON.parse(readTextFile(pack, 'pack.json') ?? '')).toMatchObject({ name: 'nginx', displayName: 'Nginx', version: '1.2.3', layer: 'addon', charts: ['charts/nginx-1.2.3.tgz'] })
    expect(readTextFile(pack, 'values.yaml')).toContain('charts:\n  nginx:\n    replicaCount: 2\n')
    const errors = (await lintPack(pack, { mode: 'author' })).filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId)
    expect(errors).toEqual(['files/logo-missing'])
  })

  it('keeps the starter version for a chart version that is not plain x.y.z, and makes the name a valid pack name', async () => {
    const pack = chartPackDraft(await openedChart('My_Chart', '1.0.0-rc.1', 'My_Chart-1.0.0-rc.1.tgz'))
    expect(JSON.parse(decodeText(pack.files.get('pack.json') ?? new Uint8Array()))).toMatchObject({ name: 'my-chart', version: '1.0.0' })
  })
})
