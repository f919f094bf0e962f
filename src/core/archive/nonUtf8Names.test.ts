import { describe, expect, it } from 'vitest'
import { gzipSync } from 'fflate'
import { makeTar, makeZip } from '../testing/archiveFixtures'
import { classifyFolder } from './classifyArchive'
import { PackReadError } from './packReadError'
import { readPackArchive } from './readPackArchive'

const NOT_UTF8 = 'has a name that is not valid UTF-8 (shown with \uFFFD where its bytes are not); pack paths must be UTF-8, so rename the file'
const PACK_JSON = { name: 'p/pack.json', content: '{}' }

/** Replaces every occurrence of `from` by `to` (same length): the archive libraries only write valid UTF-8 names. */
function patchBytes(bytes: Uint8Array, from: readonly number[], to: readonly number[]): Uint8Array {
  const result = bytes.slice()
  for (let index = 0; index + from.length <= result.length; index++) {
    if (from.every((byte, offset) => result[index + offset] === byte)) result.set(to, index)
  }
  return result
}

/** A tar's header checksums after its names were patched. */
function fixTarChecksums(tar: Uint8Array): Uint8Array {
  const result = tar.slice()
  for (let header = 0; header + 512 <= result.length; header += 512) {
    if (String.fromCharCode(...result.subarray(header + 257, header + 262)) !== 'ustar') continue
    result.fill(0x20, header + 148, header + 156)
    const sum = result.subarray(header, header + 512).reduce((total, value) => total + value, 0)
    result.set(new TextEncoder().encode(sum.toString(8).padStart(6, '0') + '\0 '), header + 148)
  }
  return result
}

const ascii = (text: string) => [...new TextEncoder().encode(text)]

async function readError(bytes: Uint8Array, fileName: string): Promise<PackReadError> {
  try {
    await readPackArchive(bytes, fileName)
  } catch (error) {
    expect(error).toBeInstanceOf(PackReadError)
    return error as PackReadError
  }
  throw new Error(`${fileName} was read without an error`)
}

describe('entry names that are not UTF-8', () => {
  it('refuses a .tar.gz entry whose name holds a Latin-1 byte, naming it', async () => {
    const tar = fixTarChecksums(patchBytes(await makeTar([PACK_JSON, { name: 'p/cafX.yaml', content: 'a: 1\n' }]), ascii('cafX'), [...ascii('caf'), 0xe9]))
    const error = await readError(gzipSync(tar, { mtime: 0 }), 'pack.tar.gz')
    expect(error.message).toBe(`pack.tar.gz: entry 'p/caf\uFFFD.yaml' ${NOT_UTF8}`)
  })

  it('refuses a zip entry without the UTF-8 flag whose name is not UTF-8 (read as Latin-1 it would be renamed on the way back)', async () => {
    const zip = patchBytes(await makeZip([PACK_JSON, { name: 'p/cafX.yaml', content: 'a: 1\n' }]), ascii('cafX'), [...ascii('caf'), 0xe9])
    const error = await readError(zip, 'pack.zip')
    expect(error.message).toBe(`pack.zip: entry 'p/caf\uFFFD.yaml' ${NOT_UTF8}`)
  })

  it('refuses a zip entry flagged as UTF-8 whose name is not', async () => {
    const e = [0xc3, 0xa9]
    const zip = patchBytes(await makeZip([PACK_JSON, { name: 'p/café.yaml', content: 'a: 1\n' }]), [...ascii('caf'), ...e], [...ascii('caf'), 0xe9, ascii('X')[0] ?? 0])
    const error = await readError(zip, 'pack.zip')
    expect(error.message).toBe(`pack.zip: entry 'p/caf\uFFFDX.yaml' ${NOT_UTF8}`)
  })

  it('reads a zip entry without the UTF-8 flag whose name is UTF-8 (as macOS and Linux zip tools write) by that name', async () => {
    const zip = patchBytes(await makeZip([PACK_JSON, { name: 'p/cafXY.yaml', content: 'a: 1\n' }]), ascii('cafXY'), [...ascii('caf'), 0xc3, 0xa9])
    const pack = await readPackArchive(zip, 'pack.zip')
    expect([...pack.files.keys()]).toEqual(['café.yaml', 'pack.json'])
  })

  it.each([
    ['a replacement character', 'p/caf\uFFFD.yaml', `entry 'p/caf\uFFFD.yaml' ${NOT_UTF8}`],
    ['a lone surrogate', 'p/caf\uDC80.yaml', `entry 'p/caf\uDC80.yaml' ${NOT_UTF8}`],
  ])('refuses a folder file whose name arrives with %s', (_label, path, problem) => {
    const entries = [{ path: 'p/pack.json', bytes: new Uint8Array([0x7b, 0x7d]) }, { path, bytes: new Uint8Array([0x61]) }]
    expect(() => classifyFolder('p', entries)).toThrow(new PackReadError('p', problem))
  })
})
