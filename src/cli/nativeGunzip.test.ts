import { describe, expect, it } from 'vitest'
import { gzipSync } from 'fflate'
import { inspectChart } from '../core/chart/inspectChart'
import { chartYaml, makeChartTgz } from '../core/testing/chartFixtures'
import { encodeText } from '../core/text/encoding'
import { nativeGunzip } from './nativeGunzip'

const text = encodeText('replicaCount: 1\n'.repeat(5000))
const gzipped = gzipSync(text)

describe('nativeGunzip', () => {
  it('gives the bytes back whole', () => {
    expect(nativeGunzip(gzipped, text.length)).toEqual(text)
  })

  it.each([
    ['corrupt data', Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff])],
    ['data cut off before its end', gzipped.subarray(0, gzipped.length - 40)],
    ['output past the cap', gzipped],
  ])('leaves %s to the core (undefined)', (_name, bytes) => {
    expect(nativeGunzip(bytes, text.length - 1)).toBeUndefined()
  })
})

describe('inspectChart with Node\'s gunzip', () => {
  it('reads a chart as the built-in gunzip does', async () => {
    const tgz = await makeChartTgz({ folder: 'demo', chartYaml: chartYaml('demo', '1.0.0'), valuesYaml: 'image:\n  repository: nginx\n  tag: 1.25.3\n' })
    const gunzipped: number[] = []
    const native = await inspectChart(tgz, { gunzip: (bytes, maxBytes) => { gunzipped.push(bytes.length); return nativeGunzip(bytes, maxBytes) } })
    expect(gunzipped).toEqual([tgz.length])
    expect(native.ok).toBe(true)
    expect(native).toEqual(await inspectChart(tgz))
  })

  it.each([
    ['a cut-off chart', async () => (await makeChartTgz({ folder: 'demo', chartYaml: chartYaml('demo', '1.0.0') })).subarray(0, 60)],
    ['a chart whose gzip data is corrupt', () => Promise.resolve(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff]))],
    // Zeros compress about 1000 times, past the 200 times a pack's archives may be compressed.
    ['a zip bomb', () => Promise.resolve(gzipSync(new Uint8Array(4 * 1024 * 1024)))],
  ])('words the problem of %s as the built-in gunzip does', async (_name, make) => {
    const bytes = await make()
    const native = await inspectChart(bytes, { gunzip: nativeGunzip })
    expect(native.ok).toBe(false)
    expect(native).toEqual(await inspectChart(bytes))
  })
})
