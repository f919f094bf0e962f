import { describe, expect, it } from 'vitest'
import { gunzipSync } from 'fflate'
import { chartYaml, makeChartTgz } from './chartFixtures'

describe('makeChartTgz', () => {
  it('writes a gzip tar whose first entry sits in the chart folder', async () => {
    const tgz = await makeChartTgz({ folder: 'wordpress', chartYaml: chartYaml('wordpress', '19.4.3') })
    const tar = gunzipSync(tgz)
    expect(new TextDecoder().decode(tar.subarray(0, 20))).toContain('wordpress/Chart.yaml')
  })
})
