import { describe, expect, it } from 'vitest'
import { describeChartUpload, isChartFileName } from './chartUpload'

describe('chart uploads', () => {
  it('accepts .tgz file names only', () => {
    expect(isChartFileName('wordpress-19.4.3.tgz')).toBe(true)
    expect(['chart.tar.gz', '.hidden.tgz', 'a/b.tgz', 'values.yaml'].map(isChartFileName)).toEqual([false, false, false, false])
  })

  it('says which charts were added, which replaced and which refused', () => {
    const chart = { folder: 'd', name: 'd', version: '1.0.0', dependencies: [] }
    const bump = { oldPath: 'charts/d-1.0.0.tgz', oldChart: chart, newFileName: 'd-2.0.0.tgz', newBytes: new Uint8Array(), newChart: { ...chart, version: '2.0.0' } }
    expect(describeChartUpload({ added: ['charts/a.tgz'], replaced: ['charts/b.tgz'], rejected: ['c.zip'], bumps: [bump] })).toBe(
      'Added charts/a.tgz. Replaced charts/b.tgz with the uploaded file (Undo brings the old one back). d-2.0.0.tgz is a new version of charts/d-1.0.0.tgz: review the replacement. Not a chart archive (.tgz): c.zip.',
    )
  })
})
