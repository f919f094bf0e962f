import { describe, expect, it } from 'vitest'
import { encodeText } from '../text/encoding'
import { PackReadError } from './packReadError'
import { packFromEntries, stripTopFolder } from './packFromEntries'

const entry = (path: string, text = 'x') => ({ path, bytes: encodeText(text) })

describe('packFromEntries', () => {
  it('builds a pack sorted by path, keeping the folder name and bytes', () => {
    const pack = packFromEntries('my-pack', [entry('values.yaml', 'a: 1'), entry('./pack.json', '{}'), entry('charts/c.tgz')])
    expect(pack.folderName).toBe('my-pack')
    expect([...pack.files.keys()]).toEqual(['charts/c.tgz', 'pack.json', 'values.yaml'])
    expect(pack.files.get('values.yaml')).toEqual(encodeText('a: 1'))
  })

  it.each([
    ['a path outside the folder', [entry('../x')], "my-pack: entry '../x' escapes the pack folder"],
    ['an empty folder', [], 'my-pack: holds no files'],
    ['a path given twice', [entry('a'), entry('./a')], "my-pack: holds 'a' more than once"],
    ['a path that is both file and folder', [entry('a'), entry('a/b')], "my-pack: holds 'a' both as a file and as a folder"],
    ['an entry with no name', [entry('./')], "my-pack: entry './' has no file name"],
  ])('refuses %s', (_label, entries, message) => {
    expect(() => packFromEntries('my-pack', entries)).toThrow(message)
    expect(() => packFromEntries('my-pack', entries)).toThrow(PackReadError)
  })

  it('applies the size and count limits', () => {
    expect(() => packFromEntries('p', [entry('a', 'x'.repeat(11))], { maxFileBytes: 10 })).toThrow("p: entry 'a' is larger than 10 bytes")
    expect(() => packFromEntries('p', [entry('a', '123456'), entry('b', '123456')], { maxTotalBytes: 10 })).toThrow('p: unpacks to more than 10 bytes')
    expect(() => packFromEntries('p', [entry('a'), entry('b'), entry('c')], { maxEntries: 2 })).toThrow('p: has more than 2 entries')
  })
})

describe('stripTopFolder', () => {
  it('strips a folder every entry shares', () => {
    expect(stripTopFolder([entry('top/a'), entry('top/b/c')])).toEqual({ folder: 'top', entries: [entry('a'), entry('b/c')] })
  })

  it.each([
    ['two top folders', [entry('a/x'), entry('b/y')]],
    ['a file at the top', [entry('a/x'), entry('y')]],
    ['a single top-level file', [entry('pack.json')]],
    ['nothing', []],
  ])('keeps paths with %s', (_label, entries) => {
    expect(stripTopFolder(entries)).toBeUndefined()
  })
})
