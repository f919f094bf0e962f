import { describe, expect, it } from 'vitest'
import { describeChartUpload, isChartFileName } from './chartUpload'

describe('chart uploads', () => {
  it('accepts .tgz file names only', () => {
    expect(isChartFileName('wordpress-19.4.3.tgz')).toBe(true)
    expect(['chart.tar.gz', '.hidden.tgz', 'a/b.tgz', 'values.yaml'].map(isChartFileName)).toEqual([false, false, false, false])
  })

  it('says which charts were added, which replaced and which refused', () => {
    expect(describeChartUpload({ added: ['charts/a.tgz'], replaced: ['charts/b.tgz'], rejected: ['c.zip'] })).toBe(
      'Added charts/a.tgz. Replaced charts/b.tgz with the uploaded file (Undo brings the old one back). Not a chart archive (.tgz): c.zip.',
    )
  })
})
