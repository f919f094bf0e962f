import { describe, expect, it } from 'vitest'
import { kindFromTarType, kindFromUnixMode, normalizeEntryPath, refuseSpecialEntry } from './entryPath'
import { PackReadError } from './packReadError'

describe('normalizeEntryPath', () => {
  it.each([
    ['pack.json', 'pack.json'],
    ['./pack.json', 'pack.json'],
    ['././manifests/a.yaml', 'manifests/a.yaml'],
    ['manifests/', 'manifests'],
    ['./', ''],
    ['.', ''],
    ['a..b/c...yaml', 'a..b/c...yaml'],
  ])('accepts %j as %j', (raw, path) => {
    expect(normalizeEntryPath(raw, 'x.zip')).toBe(path)
  })

  it.each([
    ['../evil', "x.zip: entry '../evil' escapes the pack folder"],
    ['a/../../evil', "x.zip: entry 'a/../../evil' escapes the pack folder"],
    ['a/..', "x.zip: entry 'a/..' escapes the pack folder"],
    ['/etc/passwd', "x.zip: entry '/etc/passwd' is an absolute path"],
    ['C:/Windows/x', "x.zip: entry 'C:/Windows/x' is an absolute path"],
    ['a\\b', "x.zip: entry 'a\\b' uses a backslash; archive paths must use /"],
    ['a\u0000b', "x.zip: entry 'a\\x00b' has a control character in its name"],
    ['a\nb', "x.zip: entry 'a\\x0ab' has a control character in its name"],
    ['a//b', 'x.zip: entry \'a//b\' has an empty or "." path segment'],
    ['a/./b', 'x.zip: entry \'a/./b\' has an empty or "." path segment'],
  ])('refuses %j', (raw, message) => {
    expect(() => normalizeEntryPath(raw, 'x.zip')).toThrow(new PackReadError('x.zip', message.slice('x.zip: '.length)))
  })
})

describe('entry kinds', () => {
  it.each([
    [null, false, 'file'],
    [null, true, 'directory'],
    [0o644, false, 'file'],
    [0o100644, false, 'file'],
    [0o040755, true, 'directory'],
    [0o120777, false, 'symlink'],
    [0o020644, false, 'device'],
    [0o060644, false, 'device'],
    [0o010644, false, 'fifo'],
    [0o140755, true, 'socket'],
  ] as const)('zip mode %o (folder flag %s) is a %s', (mode, isDirectory, kind) => {
    expect(kindFromUnixMode(mode, isDirectory)).toBe(kind)
  })

  it.each([
    ['file', 'file'],
    ['contiguous-file', 'file'],
    ['directory', 'directory'],
    ['symlink', 'symlink'],
    ['link', 'hardlink'],
    ['character-device', 'device'],
    ['fifo', 'fifo'],
    [null, 'unknown'],
  ] as const)('tar type %s is a %s', (type, kind) => {
    expect(kindFromTarType(type)).toBe(kind)
  })

  it('refuses anything but files and folders', () => {
    expect(() => { refuseSpecialEntry('file', 'a', 'x.tgz') }).not.toThrow()
    expect(() => { refuseSpecialEntry('directory', 'a/', 'x.tgz') }).not.toThrow()
    expect(() => { refuseSpecialEntry('unknown', 'a', 'x.tgz') }).toThrow("x.tgz: entry 'a' is not a regular file; a pack may only hold files and folders")
  })
})
