import { describe, expect, it } from 'vitest'
import { createPack, encodeText } from '../../core'
import { editorLanguage, modelUri, monacoLanguageId, revealPosition } from './editorLanguage'

describe('editorLanguage', () => {
  it.each([
    ['values.yaml', 'yaml'], ['manifests/a.yml', 'yaml'], ['pack.json', 'json'], ['README.md', 'markdown'], ['notes.txt', 'plaintext'],
  ])('%s is %s', (path, language) => {
    expect(editorLanguage(path)).toBe(language)
  })

  it('gives manifests (Go templates) YAML highlighting without YAML validation', () => {
    expect(monacoLanguageId('manifests/web.yaml')).toBe('yaml-template')
    expect(monacoLanguageId('values.yaml')).toBe('yaml')
    expect(monacoLanguageId('presets.yaml')).toBe('yaml')
  })

  it('puts the real path in the model URI (monaco-yaml matches **/values.yaml on it)', () => {
    expect(modelUri('manifests/web.yaml')).toBe('file:///manifests/web.yaml')
  })
})

describe('revealPosition', () => {
  const pack = createPack('demo', [
    ['pack.json', encodeText('{\n  "name": "demo",\n  "layer": "addon"\n}\n')],
    ['values.yaml', encodeText('pack:\n  namespace: demo\nmanifests:\n  web:\n    replicas: 2\n')],
  ])

  it('uses an explicit line and column', () => {
    expect(revealPosition(pack, { path: 'values.yaml', line: 4, column: 3, nonce: 1 })).toEqual({ line: 4, column: 3 })
    expect(revealPosition(pack, { path: 'values.yaml', line: 2, nonce: 1 })).toEqual({ line: 2, column: 1 })
  })

  it('finds the line a JSON pointer names, in JSON and YAML', () => {
    expect(revealPosition(pack, { path: 'pack.json', pointer: '/layer', nonce: 1 })?.line).toBe(3)
    expect(revealPosition(pack, { path: 'values.yaml', pointer: '/manifests/web/replicas', nonce: 1 })?.line).toBe(5)
  })

  it('has nothing for a missing file or a pointer in another kind of file', () => {
    expect(revealPosition(pack, { path: 'schema.yaml', pointer: '/a', nonce: 1 })).toBeUndefined()
    expect(revealPosition(pack, { path: 'values.yaml', nonce: 1 })).toBeUndefined()
  })
})
