import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { createPack, readTextFile } from '../pack/pack'
import { encodeText } from '../text/encoding'
import type { ChartInfo } from './chartInfo'
import { applyChartBump, planChartBump } from './replaceChart'

const oldChart: ChartInfo = { folder: 'app', name: 'app', version: '1.0.0', dependencies: [], valuesYaml: 'replicaCount: 1\ntag: "1.0"\n' }
const newChart: ChartInfo = { ...oldChart, version: '2.0.0', valuesYaml: '# New comment.\nreplicaCount: 1\ntag: "2.0"\n' }
const pack = createPack('', [
  ['pack.json', encodeText('{\n  "name": "app",\n  "charts": ["charts/app-1.0.0.tgz"]\n}\n')],
  ['values.yaml', encodeText('pack:\n  namespace: app\ncharts:\n  app:\n    replicaCount: 3\n    tag: "1.5"\n')],
  ['charts/app-1.0.0.tgz', new Uint8Array([1])],
])
const bump = { oldPath: 'charts/app-1.0.0.tgz', oldChart, newFileName: 'app-2.0.0.tgz', newBytes: new Uint8Array([2]), newChart }

describe('chart version bump', () => {
  it('plans the merge, with the conflict on a value both sides changed', () => {
    expect(planChartBump(pack, bump).conflicts).toEqual([{ key: 'tag', path: ['tag'], base: '1.0', mine: '1.5', theirs: '2.0' }])
  })

  it("swaps the archive, lists it, and keeps the user's changed values in the new defaults", () => {
    const result = applyChartBump(pack, bump, new Set(['tag']))
    expect([...result.pack.files.keys()]).toEqual(['pack.json', 'values.yaml', 'charts/app-2.0.0.tgz'])
    expect(JSON.parse(readTextFile(result.pack, 'pack.json') ?? '')).toMatchObject({ charts: ['charts/app-2.0.0.tgz'] })
    const values = readTextFile(result.pack, 'values.yaml') ?? ''
    expect(values).toContain('  app:\n    # New comment.\n    replicaCount: 3\n')
    expect(parse(values)).toEqual({ pack: { namespace: 'app' }, charts: { app: { replicaCount: 3, tag: '2.0' } } })
  })

  it('moves the values when the new chart has another folder, and leaves broken values alone with a note', () => {
    const moved = applyChartBump(pack, { ...bump, newChart: { ...newChart, folder: 'app-next' } })
    expect(parse(readTextFile(moved.pack, 'values.yaml') ?? '')).toEqual({ pack: { namespace: 'app' }, charts: { 'app-next': { replicaCount: 3, tag: '1.5' } } })
    const broken = createPack('', [...pack.files].map(([path, bytes]) => [path, path === 'values.yaml' ? encodeText('charts: [\n') : bytes] as const))
    expect(applyChartBump(broken, bump).note).toMatch(/^values\.yaml was left as it is: values\.yaml is not valid YAML/)
  })
})
