import { describe, expect, it } from 'vitest'
import { createPack, encodeText, readTextFile } from '../../core'
import type { Pack } from '../../core'
import { addChart, addManifest, addOptionalFile, deleteManifest, putChartDefaultValues, removeChart, renameManifest } from './packActions'

const packJson = { name: 'demo', displayName: 'Demo', version: '1.0.0', layer: 'addon', kubeManifests: ['manifests/web.yaml'] }
const values = '# top comment\npack:\n  namespace: demo\nmanifests:\n  web: # the web app\n    replicas: 2\ncharts:\n  nginx:\n    a: 1\n'

const packJsonOf = (pack: Pack): unknown => JSON.parse(readTextFile(pack, 'pack.json') ?? 'null')
const packWith = (valuesText: string) => createPack('demo', [
  ['pack.json', encodeText(JSON.stringify(packJson, null, 2))],
  ['values.yaml', encodeText(valuesText)],
  ['manifests/web.yaml', encodeText('kind: Service\n')],
])

describe('pack actions', () => {
  const base = packWith(values)

  it('renames a manifest: file, pack.json list and values key follow, comments stay', () => {
    const { pack, note } = renameManifest(base, 'manifests/web.yaml', 'frontend')
    expect(note).toBeUndefined()
    expect(pack.files.has('manifests/web.yaml')).toBe(false)
    expect(readTextFile(pack, 'manifests/frontend.yaml')).toBe('kind: Service\n')
    expect(packJsonOf(pack)).toMatchObject({ kubeManifests: ['manifests/frontend.yaml'] })
    expect(readTextFile(pack, 'values.yaml')).toBe(values.replace('  web: # the web app', '  frontend: # the web app'))
  })

  it('still renames the file when values.yaml is broken, and says values.yaml was left alone', () => {
    const broken = 'manifests:\n  web: [\n'
    const { pack, note } = renameManifest(packWith(broken), 'manifests/web.yaml', 'frontend')
    expect(pack.files.has('manifests/frontend.yaml')).toBe(true)
    expect(readTextFile(pack, 'values.yaml')).toBe(broken)
    expect(note).toMatch(/^values\.yaml was left as it is/)
  })

  it('adds a manifest with a starter text, lists it and gives it values', () => {
    const { pack, note } = addManifest(base, 'db')
    expect(note).toBeUndefined()
    expect(readTextFile(pack, 'manifests/db.yaml')).toMatch(/name: db/)
    expect(readTextFile(pack, 'values.yaml')).toContain('    replicas: 2\n  db:\n    image: "docker.io/library/nginx:1.27"\n    replicas: 1\n    port: 80\n')
    expect(packJsonOf(pack)).toMatchObject({ kubeManifests: ['manifests/web.yaml', 'manifests/db.yaml'] })
  })

  it('adds and removes a chart, optionally with its values', () => {
    const added = addChart(base, 'nginx-1.0.0.tgz', Uint8Array.of(1, 2))
    expect(packJsonOf(added)).toMatchObject({ charts: ['charts/nginx-1.0.0.tgz'] })
    const kept = removeChart(added, 'charts/nginx-1.0.0.tgz').pack
    expect(kept.files.has('charts/nginx-1.0.0.tgz')).toBe(false)
    expect(packJsonOf(kept)).toMatchObject({ charts: [] })
    expect(readTextFile(kept, 'values.yaml')).toContain('nginx:')
    const cleaned = removeChart(added, 'charts/nginx-1.0.0.tgz', 'nginx').pack
    expect(readTextFile(cleaned, 'values.yaml')).not.toContain('nginx')
  })

  it('adds an optional file once', () => {
    const pack = addOptionalFile(base, 'presets.yaml')
    expect(readTextFile(pack, 'presets.yaml')).toBe('presets: []\n')
    expect(addOptionalFile(pack, 'presets.yaml')).toBe(pack)
  })

  it('puts chart defaults under charts.<folder>, replacing existing ones only when asked', () => {
    const added = putChartDefaultValues(base, 'redis', 'replicas: 3\n', false)
    expect(readTextFile(added.pack, 'values.yaml')).toContain('  redis:\n    replicas: 3')
    const refused = putChartDefaultValues(base, 'nginx', 'b: 2\n', false)
    expect(refused.pack).toBe(base)
    expect(refused.note).toMatch(/already exists/)
    expect(readTextFile(putChartDefaultValues(base, 'nginx', 'b: 2\n', true).pack, 'values.yaml')).toContain('  nginx:\n    b: 2')
  })

  it('deletes a manifest, with or without its values', () => {
    const kept = deleteManifest(base, 'manifests/web.yaml', false).pack
    expect(kept.files.has('manifests/web.yaml')).toBe(false)
    expect(packJsonOf(kept)).toMatchObject({ kubeManifests: [] })
    expect(readTextFile(kept, 'values.yaml')).toBe(values)
    const cleaned = deleteManifest(base, 'manifests/web.yaml', true).pack
    expect(readTextFile(cleaned, 'values.yaml')).not.toContain('web')
    expect(readTextFile(cleaned, 'values.yaml')).toContain('# top comment\npack:\n  namespace: demo\n')
  })
})
