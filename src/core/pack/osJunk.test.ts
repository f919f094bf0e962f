import { describe, expect, it } from 'vitest'
import { encodeText } from '../text/encoding'
import { createPack } from './pack'
import { isOsJunkPath, osJunkPaths, removeOsJunk } from './osJunk'

describe('OS metadata junk', () => {
  it.each(['.DS_Store', 'a/.ds_store', '__MACOSX/x', 'a/__MACOSX/b', '._pack.json', 'charts/._a.tgz', 'Thumbs.db', 'a/desktop.ini'])('%s is junk', (path) => {
    expect(isOsJunkPath(path)).toBe(true)
  })

  it.each(['pack.json', '.helmignore', 'manifests/_helpers.yaml', 'DS_Store', 'macosx/x', 'a._b'])('%s is a real file', (path) => {
    expect(isOsJunkPath(path)).toBe(false)
  })

  it('removes only the junk, keeping the other files byte for byte and in order', () => {
    const json = encodeText('{}')
    const values = encodeText('a: 1\n')
    const pack = createPack('p', [['pack.json', json], ['.DS_Store', encodeText('x')], ['values.yaml', values], ['__MACOSX/._values.yaml', encodeText('y')]])
    expect(osJunkPaths(pack)).toEqual(['.DS_Store', '__MACOSX/._values.yaml'])
    const cleaned = removeOsJunk(pack)
    expect([...cleaned.files.entries()]).toEqual([['pack.json', json], ['values.yaml', values]])
    expect(cleaned.folderName).toBe('p')
    expect(removeOsJunk(cleaned)).toBe(cleaned)
  })
})
