import { describe, expect, it } from 'vitest'
import { createPack, removeFile, renameFile, setTextFile } from './pack'
import { encodeText } from '../text/encoding'

describe('pack model', () => {
  const original = encodeText('a: 1\r\n# comment\r\n')
  const pack = createPack('demo', [['values.yaml', original], ['manifests/a.yaml', encodeText('kind: A\n')]])

  it('keeps bytes of files nobody edited', () => {
    const edited = setTextFile(pack, 'manifests/a.yaml', 'kind: B\n')
    expect(edited.files.get('values.yaml')).toBe(original)
    expect(pack.files.get('manifests/a.yaml')).not.toBe(edited.files.get('manifests/a.yaml'))
  })

  it('returns the same pack when the text does not change', () => {
    expect(setTextFile(pack, 'values.yaml', 'a: 1\r\n# comment\r\n')).toBe(pack)
  })

  it('renames a file in place and removes files', () => {
    const renamed = renameFile(pack, 'values.yaml', 'other.yaml')
    expect([...renamed.files.keys()]).toEqual(['other.yaml', 'manifests/a.yaml'])
    expect(removeFile(renamed, 'other.yaml').files.size).toBe(1)
  })
})
