import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createPack, readTextFile, setTextFile } from './pack'
import { applyPackJsonObject, setPackJsonValue, syncPackJsonFileLists } from './packJsonEdit'
import { encodeText } from '../text/encoding'

const ORIGINAL = [
  '{',
  '    "name": "demo",',
  '    "commit_msg": "kept",',
  '    "version": "1.0.0",',
  '    "layer": "addon",',
  '    "cloudTypes": ["all"],',
  '    "annotations": {"source": "community"}',
  '}',
  '',
].join('\n')

describe('setPackJsonValue', () => {
  it('replaces one value and leaves every other byte alone', () => {
    expect(setPackJsonValue(ORIGINAL, ['version'], '1.1.0')).toBe(ORIGINAL.replace('"1.0.0"', '"1.1.0"'))
  })

  it('removes a key with undefined', () => {
    expect(setPackJsonValue(ORIGINAL, ['commit_msg'], undefined)).toBe(ORIGINAL.replace('    "commit_msg": "kept",\n', ''))
  })

  it('inserts a new top-level key in the builder key order, with the file indentation', () => {
    const text = setPackJsonValue(ORIGINAL, ['displayName'], 'Demo')
    expect(text.split('\n').slice(1, 4)).toEqual(['    "name": "demo",', '    "displayName": "Demo",', '    "commit_msg": "kept",'])
    const withType = setPackJsonValue(ORIGINAL, ['addonType'], 'system app')
    expect(withType.split('\n')[5]).toBe('    "addonType": "system app",')
  })

  it('puts keys it does not know at the end', () => {
    const text = setPackJsonValue(ORIGINAL, ['readinessCheck'], true)
    expect(JSON.parse(text)).toMatchObject({ readinessCheck: true })
    expect(text.trimEnd().split('\n').at(-2)).toBe('    "readinessCheck": true')
  })

  it('edits nested values and list items', () => {
    const text = setPackJsonValue(setPackJsonValue(ORIGINAL, ['annotations', 'contributor'], 'me'), ['cloudTypes', 0], 'aws')
    expect(JSON.parse(text)).toMatchObject({ annotations: { source: 'community', contributor: 'me' }, cloudTypes: ['aws'] })
    expect(text).toContain('"commit_msg": "kept"')
  })

  it('builds an object from empty text', () => {
    expect(JSON.parse(setPackJsonValue('', ['name'], 'demo'))).toEqual({ name: 'demo' })
  })

  it('keeps CRLF line endings and tab indentation', () => {
    const crlf = '{\r\n\t"name": "demo"\r\n}\r\n'
    expect(setPackJsonValue(crlf, ['version'], '1.0.0')).toBe('{\r\n\t"name": "demo",\r\n\t"version": "1.0.0"\r\n}\r\n')
  })
})

describe('applyPackJsonObject', () => {
  const parsed = JSON.parse(ORIGINAL) as Record<string, unknown>

  it('returns the text unchanged when nothing changed', () => {
    expect(applyPackJsonObject(ORIGINAL, { ...parsed })).toBe(ORIGINAL)
  })

  it('changes only the changed keys, keeping order and unknown keys', () => {
    const text = applyPackJsonObject(ORIGINAL, { ...parsed, version: '2.0.0', annotations: { source: 'community', docsURL: 'https://x' } })
    expect(text).toContain('    "name": "demo",\n    "commit_msg": "kept",\n    "version": "2.0.0",')
    expect(JSON.parse(text)).toEqual({ ...parsed, version: '2.0.0', annotations: { source: 'community', docsURL: 'https://x' } })
  })

  it('adds and removes keys', () => {
    const { commit_msg: _removed, ...rest } = parsed
    expect(_removed).toBe('kept')
    const text = applyPackJsonObject(ORIGINAL, { ...rest, displayName: 'Demo', eol: undefined })
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['name', 'displayName', 'version', 'layer', 'cloudTypes', 'annotations'])
  })

  it('edits one list item without rewriting the others', () => {
    const text = '{\n  "constraints": {"dependencies": [{"packName": "a", "type": "optional"}, {"packName": "b", "type": "required"}]}\n}\n'
    const next = { constraints: { dependencies: [{ packName: 'a', type: 'optional' }, { packName: 'b', type: 'optional' }] } }
    expect(applyPackJsonObject(text, next)).toBe(text.replace('"required"', '"optional"'))
  })

  it('always yields text that parses to the new object, and keeps the old text when nothing changed', () => {
    const key = fc.constantFrom('name', 'version', 'layer', 'cloudTypes', 'annotations', 'x-extra', 'constraints')
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 3 })),
    })).node
    const packJson = fc.dictionary(key, value, { maxKeys: 6 })
    fc.assert(
      fc.property(packJson, packJson, fc.constantFrom(0, 2, 4), (before, after, indent) => {
        const text = JSON.stringify(before, null, indent) + '\n'
        expect(JSON.parse(applyPackJsonObject(text, after))).toEqual(after)
        expect(applyPackJsonObject(text, before)).toBe(text)
      }),
      { numRuns: 300 },
    )
  })

  it('replaces text that does not parse', () => {
    expect(applyPackJsonObject('{"name": "a",}', { name: 'b' })).toBe('{\n  "name": "b"\n}\n')
    expect(applyPackJsonObject('[1]', { name: 'b' })).toBe('{\n  "name": "b"\n}\n')
  })
})

describe('syncPackJsonFileLists', () => {
  const bytes = encodeText('x')
  const withPackJson = (packJson: string, paths: string[]) =>
    createPack('p', [['pack.json', encodeText(packJson)], ...paths.map((path) => [path, bytes] as const)])

  it('adds kubeManifests and charts for the files present, sorted', () => {
    const pack = withPackJson('{\n  "name": "p",\n  "layer": "addon"\n}\n', ['manifests/b.yaml', 'manifests/sub/a.yml', 'manifests/notes.txt', 'charts/app-1.0.0.tgz', 'charts/app/charts/dep.tgz'])
    const synced = JSON.parse(readTextFile(syncPackJsonFileLists(pack), 'pack.json') ?? '') as Record<string, unknown>
    expect(synced['kubeManifests']).toEqual(['manifests/b.yaml', 'manifests/sub/a.yml'])
    expect(synced['charts']).toEqual(['charts/app-1.0.0.tgz'])
  })

  it('returns the same pack when the lists already match, in any order', () => {
    const pack = withPackJson('{"kubeManifests": ["manifests/b.yaml", "manifests/a.yaml"], "charts": []}', ['manifests/a.yaml', 'manifests/b.yaml'])
    expect(syncPackJsonFileLists(pack)).toBe(pack)
  })

  it('keeps existing order, drops missing files, appends new ones, keeps an emptied key', () => {
    const pack = withPackJson('{"kubeManifests": ["manifests/z.yaml", "manifests/gone.yaml"], "charts": ["charts/old.tgz"]}', ['manifests/z.yaml', 'manifests/a.yaml'])
    const synced = JSON.parse(readTextFile(syncPackJsonFileLists(pack), 'pack.json') ?? '') as Record<string, unknown>
    expect(synced).toEqual({ kubeManifests: ['manifests/z.yaml', 'manifests/a.yaml'], charts: [] })
  })

  it('leaves a pack without pack.json or with broken pack.json alone', () => {
    const broken = withPackJson('{"name": ', ['manifests/a.yaml'])
    expect(syncPackJsonFileLists(broken)).toBe(broken)
    const none = setTextFile(createPack('p'), 'manifests/a.yaml', 'x')
    expect(syncPackJsonFileLists(none)).toBe(none)
  })
})
