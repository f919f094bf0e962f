import { describe, expect, it } from 'vitest'
import { decodeText, readTextFile } from '../../core'
import { chartPackDraft } from './chartPackDraft'
import type { OpenedChart } from './chartPackDraft'

// What the core's classifyArchive returns for a chart (its own tests read real chart archives).
function openedChart(name: string, version: string, fileName: string): OpenedChart {
  return { chart: { folder: name, name, version, dependencies: [], valuesYaml: 'replicaCount: 2\n' }, fileName, bytes: Uint8Array.of(0x1f, 0x8b, 1, 2, 3) }
}

describe('chartPackDraft', () => {
  it('makes a Helm chart add-on pack named after the chart, holding it and its default values', () => {
    const opened = openedChart('nginx', '1.2.3', 'nginx-1.2.3.tgz')
    const pack = chartPackDraft(opened)
    expect(pack.files.get('charts/nginx-1.2.3.tgz')).toBe(opened.bytes)
    expect(JSON.parse(readTextFile(pack, 'pack.json') ?? '')).toMatchObject({ name: 'nginx', displayName: 'Nginx', version: '1.2.3', layer: 'addon', charts: ['charts/nginx-1.2.3.tgz'] })
    expect(readTextFile(pack, 'values.yaml')).toContain('charts:\n  nginx:\n    replicaCount: 2\n')
  })

  it('keeps a prerelease chart version, and makes the name a valid pack name', () => {
    const pack = chartPackDraft(openedChart('My_Chart', '1.0.0-rc.1', 'My_Chart-1.0.0-rc.1.tgz'))
    expect(JSON.parse(decodeText(pack.files.get('pack.json') ?? new Uint8Array()))).toMatchObject({ name: 'my-chart', version: '1.0.0-rc.1' })
  })
})
