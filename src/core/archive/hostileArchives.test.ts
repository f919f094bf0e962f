import { describe, expect, it } from 'vitest'
import { gzipSync } from 'fflate'
import { forgeTarSize, forgeZipUncompressedSize, gzipBomb, makeTar, makeTarGz, makeZip, replaceAscii } from '../testing/archiveFixtures'
import type { FixtureEntry } from '../testing/archiveFixtures'
import { formatBytes } from './archiveLimits'
import type { ArchiveLimits } from './archiveLimits'
import { PackReadError } from './packReadError'
import { readPackArchive } from './readPackArchive'

const MIB = 1024 * 1024
const PACK_JSON: FixtureEntry = { name: 'p/pack.json', content: '{}' }

/**
 * Reads and returns the PackReadError, failing the test on success or on any other error. How long
 * a refusal takes is measured by `npm run bench` (hostile archives), never asserted here: the
 * bounded work shows in where the reader stopped, which the messages state.
 */
async function readError(bytes: Uint8Array, fileName: string, limits?: Partial<ArchiveLimits>): Promise<PackReadError> {
  try {
    await readPackArchive(bytes, fileName, limits)
  } catch (error) {
    expect(error).toBeInstanceOf(PackReadError)
    return error as PackReadError
  }
  throw new Error(`${fileName} was read without an error`)
}

const tarCases: [string, FixtureEntry[], RegExp][] = [
  ['a ../ entry', [PACK_JSON, { name: 'p/../evil', content: 'x' }], /entry 'p\/\.\.\/evil' escapes the pack folder/],
  ['an absolute path', [PACK_JSON, { name: '/etc/passwd', content: 'x' }], /entry '\/etc\/passwd' is an absolute path/],
  ['a drive-letter path', [PACK_JSON, { name: 'C:/x', content: 'x' }], /entry 'C:\/x' is an absolute path/],
  ['a backslash name', [PACK_JSON, { name: 'p\\evil', content: 'x' }], /uses a backslash/],
  ['a NUL in a name', [PACK_JSON, { name: 'p/a\u0001b', content: 'x' }], /control character/],
  ['an empty segment', [PACK_JSON, { name: 'p//x', content: 'x' }], /empty or "\." path segment/],
  ['a symlink', [PACK_JSON, { name: 'p/link', type: 'symlink', linkname: '/etc/passwd' }], /entry 'p\/link' is a symbolic link/],
  ['a hard link', [PACK_JSON, { name: 'p/hard', type: 'link', linkname: 'p/pack.json' }], /entry 'p\/hard' is a hard link/],
  ['a character device', [PACK_JSON, { name: 'p/dev', type: 'character-device' }], /entry 'p\/dev' is a device file/],
  ['a block device', [PACK_JSON, { name: 'p/blk', type: 'block-device' }], /is a device file/],
  ['a fifo', [PACK_JSON, { name: 'p/fifo', type: 'fifo' }], /is a named pipe/],
  ['a duplicate path', [PACK_JSON, { name: 'p/pack.json', content: '{"a":1}' }], /holds 'pack\.json' more than once/],
  ['a path that is a file and a folder', [PACK_JSON, { name: 'p/a', content: 'x' }, { name: 'p/a/b', content: 'y' }], /'a' both as a file and as a folder/],
  ['only folders', [{ name: 'p/', type: 'directory' }], /holds no files/],
]

describe('readPackArchive on hostile .tar.gz', () => {
  it.each(tarCases)('refuses %s', async (_label, entries, message) => {
    const error = await readError(await makeTarGz(entries), 'pack.tar.gz')
    expect(error.file).toBe('pack.tar.gz')
    expect(error.message).toMatch(/^pack\.tar\.gz: /)
    expect(error.message).toMatch(message)
  })

  it('stops a 300 MiB gzip bomb at the compression ratio cap', async () => {
    const bomb = gzipBomb(300)
    const error = await readError(bomb, 'bomb.tar.gz')
    // The reader stops once the output passes 200 times the input: about a fifth of the bomb is inflated.
    expect(error.message).toBe(`bomb.tar.gz: unpacks to more than ${formatBytes(bomb.length * 200)} (compressed more than 200 times, which looks like a zip bomb)`)
    expect(bomb.length * 200).toBeLessThan(300 * MIB / 4)
  })

  it('stops unpacking at the total size cap when the ratio is allowed', async () => {
    const error = await readError(gzipBomb(8), 'big.tar.gz', { maxTotalBytes: 2 * MIB, maxEntries: 10, maxCompressionRatio: 1e9 })
    expect(error.message).toMatch(/unpacks to more than/)
  })

  it('refuses a file over the per-file cap before reading it', async () => {
    const tgz = await makeTarGz([{ name: 'p/big.bin', content: new Uint8Array(2 * MIB) }])
    const error = await readError(tgz, 'p.tgz', { maxFileBytes: MIB, maxCompressionRatio: 1e9 })
    expect(error.message).toMatch(/entry 'p\/big\.bin' is larger than 1 MiB/)
  })

  it('refuses a header declaring a huge size', async () => {
    const tar = forgeTarSize(await makeTar([{ name: 'p/a.txt', content: 'hello' }]), 8 * 1024 * MIB)
    const error = await readError(gzipSync(tar), 'huge.tar.gz')
    expect(error.message).toMatch(/is larger than 64 MiB/)
  })

  it('refuses too many entries', async () => {
    const entries = Array.from({ length: 6 }, (_, index) => ({ name: `p/f${index}`, content: 'x' }))
    const error = await readError(await makeTarGz(entries), 'many.tar.gz', { maxEntries: 5 })
    expect(error.message).toMatch(/more than 5 entries/)
  })

  it('refuses truncated gzip data', async () => {
    const tgz = await makeTarGz([PACK_JSON, { name: 'p/values.yaml', content: 'a: 1\n'.repeat(500) }])
    const error = await readError(tgz.subarray(0, tgz.length - 30), 'cut.tar.gz')
    expect(error.message).toMatch(/gzip data|cut off/)
  })

  it('refuses a truncated tar inside complete gzip', async () => {
    const tar = await makeTar([PACK_JSON, { name: 'p/values.yaml', content: 'a: 1\n'.repeat(500) }])
    const error = await readError(gzipSync(tar.subarray(0, 1200)), 'cut.tar.gz')
    expect(error.message).toMatch(/not a valid tar archive or is cut off/)
  })

  it('refuses a tar header with a bad checksum', async () => {
    const tar = await makeTar([PACK_JSON])
    tar[0] = 0x71
    const error = await readError(gzipSync(tar), 'bad.tar.gz')
    expect(error.message).toMatch(/not a valid tar archive/)
  })

  it('refuses gzip that does not hold a tar', async () => {
    const error = await readError(gzipSync(new Uint8Array(4096).fill(0x41)), 'text.tgz')
    expect(error.message).toMatch(/not a valid tar archive/)
  })
})

const zipCases: [string, FixtureEntry[], RegExp][] = [
  ['a ../ entry', [PACK_JSON, { name: '../evil', content: 'x' }], /entry '\.\.\/evil' escapes the pack folder/],
  ['a nested ../ entry', [PACK_JSON, { name: 'p/a/../../../evil', content: 'x' }], /escapes the pack folder/],
  ['a ../ folder entry', [PACK_JSON, { name: '../up/', dir: true }], /escapes the pack folder/],
  ['an absolute path', [PACK_JSON, { name: '/etc/passwd', content: 'x' }], /is an absolute path/],
  ['a backslash name', [PACK_JSON, { name: 'p\\..\\evil', content: 'x' }], /uses a backslash/],
  ['a symlink', [PACK_JSON, { name: 'p/link', content: '/etc/passwd', unixMode: 0o120777 }], /entry 'p\/link' is a symbolic link/],
  ['a device', [PACK_JSON, { name: 'p/dev', content: '', unixMode: 0o020644 }], /is a device file/],
  ['a fifo', [PACK_JSON, { name: 'p/fifo', content: '', unixMode: 0o010644 }], /is a named pipe/],
  ['a socket', [PACK_JSON, { name: 'p/sock', content: '', unixMode: 0o140644 }], /is a socket/],
  ['only folders', [{ name: 'p/', dir: true }], /holds no files/],
]

describe('readPackArchive on hostile .zip', () => {
  it.each(zipCases)('refuses %s', async (_label, entries, message) => {
    const error = await readError(await makeZip(entries), 'pack.zip')
    expect(error.file).toBe('pack.zip')
    expect(error.message).toMatch(message)
  })

  it('refuses a duplicate entry name', async () => {
    const zip = replaceAscii(await makeZip([{ name: 'p/a.txt', content: '1' }, { name: 'p/b.txt', content: '2' }]), 'p/b.txt', 'p/a.txt')
    expect((await readError(zip, 'dup.zip')).message).toMatch(/holds 'p\/a\.txt' more than once/)
  })

  it('stops a highly compressed entry at the ratio cap', async () => {
    const zip = await makeZip([{ name: 'p/zeros.bin', content: new Uint8Array(8 * MIB) }])
    expect((await readError(zip, 'bomb.zip')).message).toMatch(/entry 'p\/zeros\.bin' is compressed more than 200 times/)
  })

  it('refuses a declared size over the per-file cap before inflating', async () => {
    const zip = forgeZipUncompressedSize(await makeZip([{ name: 'p/a.txt', content: 'hello' }]), 0xfffffff0)
    expect((await readError(zip, 'huge.zip')).message).toMatch(/entry 'p\/a\.txt' is larger than 64 MiB/)
  })

  it('counts inflated bytes instead of trusting a small declared size', async () => {
    const zip = forgeZipUncompressedSize(await makeZip([{ name: 'p/zeros.bin', content: new Uint8Array(4 * MIB) }]), 10)
    const error = await readError(zip, 'liar.zip', { maxFileBytes: MIB, maxCompressionRatio: 1e9 })
    expect(error.message).toMatch(/entry 'p\/zeros\.bin' is larger than 1 MiB/)
  })

  it('refuses an entry whose inflated size differs from the declared one', async () => {
    const zip = forgeZipUncompressedSize(await makeZip([{ name: 'p/a.txt', content: 'hello world' }]), 3)
    expect((await readError(zip, 'liar.zip')).message).toBe("liar.zip: entry 'p/a.txt' inflates to a different size than the zip declares; the zip is damaged")
  })

  it('refuses too many entries', async () => {
    const entries = Array.from({ length: 6 }, (_, index) => ({ name: `p/f${index}`, content: 'x' }))
    expect((await readError(await makeZip(entries), 'many.zip', { maxEntries: 5 })).message).toMatch(/more than 5 entries/)
  })

  it('refuses more total bytes than the cap', async () => {
    const entries = Array.from({ length: 3 }, (_, index) => ({ name: `p/f${index}`, content: new Uint8Array(600 * 1024).fill(index) }))
    const error = await readError(await makeZip(entries), 'total.zip', { maxTotalBytes: MIB, maxCompressionRatio: 1e9 })
    expect(error.message).toMatch(/unpacks to more than 1 MiB/)
  })

  it('refuses a truncated zip', async () => {
    const zip = await makeZip([PACK_JSON, { name: 'p/values.yaml', content: 'a: 1\n' }])
    expect((await readError(zip.subarray(0, zip.length - 10), 'cut.zip')).message).toMatch(/is not a valid zip archive/)
  })

  it('refuses damaged compressed data', async () => {
    const text = Array.from({ length: 2000 }, (_, index) => `key${index}: value ${index * 7}`).join('\n')
    const zip = await makeZip([{ name: 'p/values.yaml', content: text }])
    const damaged = zip.slice()
    for (let index = 60; index < 400; index += 7) damaged[index] = (damaged[index] ?? 0) ^ 0xa5
    expect((await readError(damaged, 'damaged.zip')).message).toMatch(/damaged|not a valid zip/)
  })

  it('refuses an empty zip', async () => {
    const empty = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])
    expect((await readError(empty, 'empty.zip')).message).toBe('empty.zip: holds no files')
  })

  it('refuses random bytes behind a zip signature', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 251)
    bytes.set([0x50, 0x4b, 0x03, 0x04])
    expect((await readError(bytes, 'random.zip')).message).toMatch(/is not a valid zip archive/)
  })
})

describe('readPackArchive on files that are not archives', () => {
  it('refuses an empty file', async () => {
    expect((await readError(new Uint8Array(), 'empty.tar.gz')).message).toBe('empty.tar.gz: is empty')
  })

  it('refuses random bytes whatever the extension says', async () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, index) => (index * 31 + 7) % 256)
    expect((await readError(bytes, 'pack.zip')).message).toBe('pack.zip: is neither a .zip nor a .tar.gz archive')
  })
})
