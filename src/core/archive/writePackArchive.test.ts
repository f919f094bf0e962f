import { describe, expect, it } from 'vitest'
import { gunzipSync } from 'fflate'
import JSZip from 'jszip'
import { extract } from 'tar-stream'
import type { Header } from 'tar-stream'
import { VALID_ADDON_PACK, makePack } from '../testing/packFixtures'
import { createPack } from '../pack/pack'
import { encodeText } from '../text/encoding'
import { archiveBaseName, sanitizeFileName } from './archiveBaseName'
import { readPackArchive } from './readPackArchive'
import { writePackTarGz } from './writePackTarGz'
import { writePackZip } from './writePackZip'

async function tarHeaders(tgz: Uint8Array): Promise<Header[]> {
  const headers: Header[] = []
  const reader = extract()
  reader.end(gunzipSync(tgz))
  for await (const entry of reader) {
    headers.push(entry.header)
    entry.resume()
  }
  return headers
}

const pack = makePack(VALID_ADDON_PACK, 'somewhere')

/** Compression method of each entry, from the zip's local file headers (0 = STORE, 8 = DEFLATE). */
function zipMethods(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const methods = new Map<string, number>()
  for (let offset = 0; offset + 30 <= zip.length && view.getUint32(offset, true) === 0x04034b50;) {
    const compressedSize = view.getUint32(offset + 18, true)
    const nameLength = view.getUint16(offset + 26, true)
    const extraLength = view.getUint16(offset + 28, true)
    methods.set(new TextDecoder().decode(zip.subarray(offset + 30, offset + 30 + nameLength)), view.getUint16(offset + 8, true))
    offset += 30 + nameLength + extraLength + compressedSize
  }
  return methods
}

describe('archiveBaseName', () => {
  it('is <name>-<version> from pack.json', () => {
    expect(archiveBaseName(pack)).toBe('hello-app-1.0.0')
  })

  it.each([
    ['no pack.json', createPack('my-folder', [['values.yaml', encodeText('')]])],
    ['broken pack.json', createPack('my-folder', [['pack.json', encodeText('{"name": "x",')]])],
    ['no version', createPack('my-folder', [['pack.json', encodeText('{"name": "x"}')]])],
    ['a number version', createPack('my-folder', [['pack.json', encodeText('{"name": "x", "version": 1}')]])],
  ])('falls back to the folder name with %s', (_label, folderPack) => {
    expect(archiveBaseName(folderPack)).toBe('my-folder')
  })

  it.each([
    ['a/b:c*?', 'a_b_c__'],
    ['  ..hidden. ', 'hidden'],
    ['...', 'pack'],
    ['tab\there', 'tab_here'],
  ])('sanitizes %j to %j', (name, expected) => {
    expect(sanitizeFileName(name)).toBe(expected)
  })
})

describe('writePackTarGz', () => {
  it('holds one top folder with folder entries, fixed modes, times and owners', async () => {
    const headers = await tarHeaders(await writePackTarGz(pack))
    expect(headers.map((header) => header.name)).toEqual([
      'hello-app-1.0.0/',
      'hello-app-1.0.0/README.md',
      'hello-app-1.0.0/logo.png',
      'hello-app-1.0.0/manifests/',
      'hello-app-1.0.0/manifests/hello-app.yaml',
      'hello-app-1.0.0/pack.json',
      'hello-app-1.0.0/values.yaml',
    ])
    for (const header of headers) {
      expect(header.mode).toBe(header.type === 'directory' ? 0o755 : 0o644)
      expect(header.mtime.toISOString()).toBe('1980-01-01T00:00:00.000Z')
      expect([header.uid, header.gid, header.uname, header.gname]).toEqual([0, 0, '', ''])
    }
  })

  it('writes a gzip header with mtime 0', async () => {
    const tgz = await writePackTarGz(pack)
    expect([...tgz.subarray(4, 8)]).toEqual([0, 0, 0, 0])
  })

  it('is deterministic, whatever the order the files were added in', async () => {
    const reversed = createPack(pack.folderName, [...pack.files].reverse())
    expect(await writePackTarGz(reversed)).toEqual(await writePackTarGz(pack))
  })
})

describe('writePackZip', () => {
  it('holds one top folder with folder entries and fixed modes and dates', async () => {
    const zip = await JSZip.loadAsync(await writePackZip(pack))
    const entries = Object.values(zip.files)
    expect(entries.map((entry) => entry.name)).toEqual([
      'hello-app-1.0.0/',
      'hello-app-1.0.0/README.md',
      'hello-app-1.0.0/logo.png',
      'hello-app-1.0.0/manifests/',
      'hello-app-1.0.0/manifests/hello-app.yaml',
      'hello-app-1.0.0/pack.json',
      'hello-app-1.0.0/values.yaml',
    ])
    for (const entry of entries) {
      expect(entry.unixPermissions).toBe(entry.dir ? 0o040755 : 0o100644)
      expect(entry.date.toISOString()).toBe('1980-01-01T00:00:00.000Z')
    }
  })

  it('is deterministic, whatever the order the files were added in', async () => {
    const reversed = createPack(pack.folderName, [...pack.files].reverse())
    expect(await writePackZip(reversed)).toEqual(await writePackZip(pack))
  })

  it('stores chart archives and images as they are (STORE) and deflates the rest', async () => {
    const chart = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 251)
    const withBinaries = createPack(pack.folderName, [...pack.files, ['charts/app-1.0.0.tgz', chart]])
    const zip = await writePackZip(withBinaries)
    const methods = zipMethods(zip)
    expect(methods.get('hello-app-1.0.0/charts/app-1.0.0.tgz')).toBe(0)
    expect(methods.get('hello-app-1.0.0/logo.png')).toBe(0)
    expect(methods.get('hello-app-1.0.0/pack.json')).toBe(8)
    expect(methods.get('hello-app-1.0.0/values.yaml')).toBe(8)
    const back = await readPackArchive(zip, 'hello-app-1.0.0.zip')
    expect(back.files.get('charts/app-1.0.0.tgz')).toEqual(chart)
    expect(back.files.get('logo.png')).toEqual(pack.files.get('logo.png'))
  })

  it('reads back as the same pack, named after pack.json', async () => {
    const back = await readPackArchive(await writePackZip(pack), 'hello-app-1.0.0.zip')
    expect(back.folderName).toBe('hello-app-1.0.0')
    expect([...back.files]).toEqual([...pack.files].sort(([a], [b]) => (a < b ? -1 : 1)))
  })
})
