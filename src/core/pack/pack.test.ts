import { describe, expect, it } from 'vitest'
import { createPack, isTextBytes, readTextFile, removeFile, renameFile, setTextFile } from './pack'
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

describe('text of a file', () => {
  it('reads back exactly the text written, a byte-order mark and astral characters included', () => {
    for (const text of ['\uFEFFname: x\n', 'emoji: 😀\n', 'plain']) {
      const pack = setTextFile(createPack('p'), 'values.yaml', text)
      expect(readTextFile(pack, 'values.yaml')).toBe(text)
    }
  })

  it('reads text with a lone surrogate as its UTF-8 bytes decode, not as it was given', () => {
    const pack = setTextFile(createPack('p'), 'values.yaml', 'a\uD800b')
    expect(readTextFile(pack, 'values.yaml')).toBe('a\uFFFDb')
  })

  it('keeps the same pack when the text is unchanged', () => {
    const pack = setTextFile(createPack('p'), 'values.yaml', 'a: 1\n')
    expect(setTextFile(pack, 'values.yaml', 'a: 1\n')).toBe(pack)
  })

  it('tells text bytes from binary ones, also for bytes an edit wrote', () => {
    const pack = createPack('demo', [['values.yaml', encodeText('a: é\n')]])
    expect(isTextBytes(encodeText('a: é\n'))).toBe(true)
    expect(isTextBytes(new Uint8Array([0x61, 0xff, 0x62]))).toBe(false)
    expect(isTextBytes(new Uint8Array([0xe2, 0x82]))).toBe(false)
    // A lone surrogate cannot be written as UTF-8: the encoder writes U+FFFD, so the bytes are still text.
    const edited = setTextFile(pack, 'values.yaml', 'a: \ud800\n').files.get('values.yaml')
    expect(edited && isTextBytes(edited)).toBe(true)
  })
})
