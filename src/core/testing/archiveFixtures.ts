import { gzipSync } from 'fflate'
import JSZip from 'jszip'
import { pack as tarPack } from 'tar-stream'
import type { Header } from 'tar-stream'
import { concatBytes } from '../archive/gunzipCapped'
import { encodeText } from '../text/encoding'

/** One entry of a hand-made test archive. Text becomes UTF-8. */
export interface FixtureEntry {
  readonly name: string
  readonly content?: string | Uint8Array
  /** tar entry type; default `file`. */
  readonly type?: Header['type']
  readonly linkname?: string
  /** zip Unix mode including type bits, e.g. 0o120777 for a symlink. */
  readonly unixMode?: number
  readonly dir?: boolean
}

function contentBytes(content: string | Uint8Array | undefined): Uint8Array {
  if (content === undefined) return new Uint8Array()
  return typeof content === 'string' ? encodeText(content) : content
}

/** Builds an uncompressed tar exactly as listed: no checks, so hostile names and types go through. */
export async function makeTar(entries: readonly FixtureEntry[]): Promise<Uint8Array> {
  const archive = tarPack()
  const chunks: Uint8Array[] = []
  const done = new Promise<void>((resolve, reject) => {
    archive.on('data', (chunk: unknown) => {
      if (chunk instanceof Uint8Array) chunks.push(chunk)
    })
    archive.on('end', () => { resolve() })
    archive.on('error', reject)
  })
  for (const entry of entries) {
    const type = entry.type ?? 'file'
    const header = { name: entry.name, type, mtime: new Date(0), ...(entry.linkname !== undefined ? { linkname: entry.linkname } : {}) }
    if (type === 'file') archive.entry(header, contentBytes(entry.content))
    else archive.entry(header)
  }
  archive.finalize()
  await done
  return concatBytes(chunks)
}

/** Builds a .tar.gz exactly as listed. */
export async function makeTarGz(entries: readonly FixtureEntry[]): Promise<Uint8Array> {
  return gzipSync(await makeTar(entries), { mtime: 0 })
}

/** Builds a zip exactly as listed (Unix platform, so modes are stored), DEFLATE-compressed. */
export async function makeZip(entries: readonly FixtureEntry[]): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const entry of entries) {
    const options = { createFolders: false, binary: true, ...(entry.unixMode !== undefined ? { unixPermissions: entry.unixMode } : {}) }
    if (entry.dir === true) zip.file(entry.name, null, { ...options, dir: true })
    else zip.file(entry.name, contentBytes(entry.content), options)
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'UNIX' })
}

/** Replaces every occurrence of one ASCII string by another of the same length (to forge names). */
export function replaceAscii(bytes: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('replaceAscii needs strings of equal length')
  const result = bytes.slice()
  const pattern = encodeText(from)
  const replacement = encodeText(to)
  for (let index = 0; index + pattern.length <= result.length; index++) {
    if (pattern.every((byte, offset) => result[index + offset] === byte)) result.set(replacement, index)
  }
  return result
}

/** Overwrites the declared uncompressed size of every zip entry (local and central headers). */
export function forgeZipUncompressedSize(zip: Uint8Array, size: number): Uint8Array {
  const result = zip.slice()
  const view = new DataView(result.buffer)
  for (let index = 0; index + 4 <= result.length; index++) {
    const signature = view.getUint32(index, true)
    if (signature === 0x04034b50) view.setUint32(index + 22, size, true)
    if (signature === 0x02014b50) view.setUint32(index + 24, size, true)
  }
  return result
}

/** Overwrites the size field of the first tar header and fixes its checksum. */
export function forgeTarSize(tar: Uint8Array, size: number): Uint8Array {
  const result = tar.slice()
  result.set(encodeText(size.toString(8).padStart(11, '0') + '\0'), 124)
  result.fill(0x20, 148, 156)
  const sum = result.subarray(0, 512).reduce((total, byte) => total + byte, 0)
  result.set(encodeText(sum.toString(8).padStart(6, '0') + '\0 '), 148)
  return result
}

/** `members` gzip members of `memberBytes` zeros each: tiny on disk, huge once unpacked. */
export function gzipBomb(members: number, memberBytes = 1024 * 1024): Uint8Array {
  const member = gzipSync(new Uint8Array(memberBytes), { mtime: 0, level: 9 })
  const bomb = new Uint8Array(member.length * members)
  for (let index = 0; index < members; index++) bomb.set(member, index * member.length)
  return bomb
}

/** Overwrites the type flag of the first tar header (`5` = folder) and fixes its checksum. */
export function forgeTarType(tar: Uint8Array, typeFlag: string): Uint8Array {
  const result = tar.slice()
  result.set(encodeText(typeFlag), 156)
  result.fill(0x20, 148, 156)
  const sum = result.subarray(0, 512).reduce((total, byte) => total + byte, 0)
  result.set(encodeText(sum.toString(8).padStart(6, '0') + '\0 '), 148)
  return result
}

/** A zip with its entries stored uncompressed, so a flipped data byte still unpacks, with changed bytes. */
export async function makeStoredZip(entries: readonly { name: string; content: string }[]): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const entry of entries) zip.file(entry.name, entry.content, { createFolders: false })
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE', platform: 'UNIX' })
}
