import { gzipSync } from 'fflate'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createPack } from '../pack/pack'
import { encodeText } from '../text/encoding'
import { forgeTarType, forgeZipUncompressedSize, makeStoredZip, makeTar, makeZip, replaceAscii } from '../testing/archiveFixtures'
import { PackWriteError } from './checkWritable'
import { PackReadError } from './packReadError'
import { readPackArchive } from './readPackArchive'
import { writePackTarGz } from './writePackTarGz'
import { writePackZip } from './writePackZip'

async function readError(bytes: Uint8Array, name: string): Promise<unknown> {
  return readPackArchive(bytes, name).then(() => undefined, (error: unknown) => error)
}

const PACK_JSON = encodeText('{"name":"p","version":"1.0.0"}')

describe('archive readers refuse damage with their own words', () => {
  it('refuses a zip entry whose bytes do not match its CRC-32', async () => {
    const zip = await makeStoredZip([{ name: 'p/pack.json', content: '{}' }, { name: 'p/values.yaml', content: 'replicas: 1\n' }])
    const damaged = replaceAscii(zip, 'replicas: 1', 'replicas: 9')
    const error = await readError(damaged, 'p.zip')
    expect(error).toEqual(new PackReadError('p.zip', 'an entry does not match its checksum (CRC-32): the zip is damaged and its bytes would be wrong'))
  })

  it('says in its own words when an entry inflates to another size than declared', async () => {
    const zip = forgeZipUncompressedSize(await makeZip([{ name: 'p/pack.json', content: '{"a": 1}' }]), 4)
    const error = await readError(zip, 'p.zip')
    expect(error).toEqual(new PackReadError('p.zip', "entry 'p/pack.json' inflates to a different size than the zip declares; the zip is damaged"))
    expect(String(error)).not.toMatch(/Bug|Corrupted/)
  })

  it('refuses a tar entry typed as a folder that carries data, instead of hanging', async () => {
    const tar = forgeTarType(await makeTar([{ name: 'p/pack.json', content: '{"name":"p"}' }]), '5')
    expect(await readError(gzipSync(tar), 'p.tar.gz')).toEqual(
      new PackReadError('p.tar.gz', "entry 'p/pack.json' is marked as a folder but carries 12 bytes of data; the tar is damaged"),
    )
  })

  it('refuses an entry path longer than file systems store, quoting it short', async () => {
    const long = `p/${'a/'.repeat(3000)}x.yaml`
    const error = await readError(gzipSync(await makeTar([{ name: long, content: 'a: 1\n' }])), 'p.tar.gz')
    expect(error).toBeInstanceOf(PackReadError)
    expect(String(error)).toContain('is longer than 4096 bytes, more than file systems store')
    expect(String(error).length).toBeLessThan(300)
  })
})

describe('build never writes what validate refuses', () => {
  it.each([
    ['a path over 65,535 bytes', createPack('p', [['pack.json', PACK_JSON], [`${'d/'.repeat(33_000)}x`, encodeText('x')]]), 'is longer than 4096 bytes'],
    ['more entries than the reader takes', createPack('p', [['pack.json', PACK_JSON], ...Array.from({ length: 10_000 }, (_, index) => [`f/${index}`, new Uint8Array()] as const)]), 'has more than 10000 entries'],
  ])('refuses %s before writing', async (_name, pack, problem) => {
    for (const write of [writePackZip, writePackTarGz]) {
      const error: unknown = await write(pack).then(() => undefined, (thrown: unknown) => thrown)
      expect(error).toBeInstanceOf(PackWriteError)
      expect(String(error)).toContain(`p-1.0.0: cannot be built: `)
      expect(String(error)).toContain(problem)
    }
  })

  it('writes only archives that read back identical (property)', async () => {
    const segment = fc.oneof(fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }), fc.constantFrom('a'.repeat(300), '..', '.', ' ', 'A', 'a'))
    const path = fc.array(segment, { minLength: 1, maxLength: 20 }).map((segments) => segments.join('/'))
    const files = fc.uniqueArray(fc.tuple(path, fc.uint8Array({ maxLength: 200 })), { minLength: 1, maxLength: 8, selector: ([name]) => name })
    await fc.assert(
      fc.asyncProperty(files, fc.constantFrom(writePackZip, writePackTarGz), async (entries, write) => {
        const pack = createPack('p', [['pack.json', PACK_JSON], ...entries.filter(([name]) => name !== 'pack.json')])
        let bytes: Uint8Array
        try {
          bytes = await write(pack)
        } catch (error) {
          expect(error).toBeInstanceOf(PackWriteError)
          return
        }
        const back = await readPackArchive(bytes, 'p-1.0.0.zip')
        expect([...back.files].sort(([a], [b]) => a.localeCompare(b))).toEqual([...pack.files].sort(([a], [b]) => a.localeCompare(b)))
      }),
      { numRuns: 60, seed: 9 },
    )
  })
})
