import { describe, expect, it } from 'vitest'
import { chartYaml, makeChartTgz } from '../../src/core/testing/chartFixtures'
import { makePack } from '../../src/core/testing/packFixtures'
import { roundTripPack } from './roundTrip'
import { hasTool } from './extractAndCompare'

const withSystemTools = { systemTar: hasTool('tar'), systemUnzip: hasTool('unzip') }

describe('roundTripPack', () => {
  it('finds nothing wrong with a pack holding a readable chart', async () => {
    const pack = makePack({
      'pack.json': '{"name":"wp","version":"1.0.0"}',
      'values.yaml': 'charts:\n  wordpress: {}\n',
      'charts/wordpress-19.4.3.tgz': await makeChartTgz({ folder: 'wordpress', chartYaml: chartYaml('wordpress', '19.4.3') }),
    })
    expect(await roundTripPack(pack, withSystemTools)).toEqual([])
  })

  it('reports an unreadable chart instead of throwing', async () => {
    const pack = makePack({ 'pack.json': '{}', 'charts/broken.tgz': 'not gzip' })
    expect(await roundTripPack(pack, withSystemTools)).toEqual([
      'charts/broken.tgz: chart unreadable: the file is not gzip-compressed, so it is not a packaged Helm chart',
    ])
  })
})
