import { unzipSync } from 'fflate'
import JSZip from 'jszip'
import { ratioCap } from './archiveLimits'
import type { ArchiveLimits } from './archiveLimits'
import { EntryBudget } from './entryBudget'
import { kindFromUnixMode, normalizeEntryPath, quoteEntryName, refuseSpecialEntry } from './entryPath'
import { decodeText, encodeText } from '../text/encoding'
import { concatBytes } from './gunzipCapped'
import type { PackEntry } from './packFromEntries'
import { PackReadError, asPackReadError } from './packReadError'

/** What the zip's central directory declares about one entry, read before anything is inflated. */
interface DeclaredEntry {
  readonly compressedBytes: number
}

/**
 * Reads the files of a zip in memory, folders skipped. Names, kinds and declared sizes are checked
 * before any data is inflated, and inflating stops as soon as a cap is passed.
 */
export async function readZipEntries(bytes: Uint8Array, archive: string, limits: ArchiveLimits): Promise<PackEntry[]> {
  const budget = new EntryBudget(archive, limits)
  const declared = scanCentralDirectory(bytes, archive, budget)
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes, { createFolders: false, checkCRC32: false, decodeFileName: decodeUnflaggedName })
  } catch (error) {
    throw zipError(error, archive)
  }
  const archiveCap = ratioCap(bytes.length, limits)
  let archiveTotal = 0
  const entries: PackEntry[] = []
  for (const file of Object.values(zip.files)) {
    const raw = file.unsafeOriginalName ?? file.name
    const kind = kindFromUnixMode(unixMode(file.unixPermissions), file.dir)
    refuseSpecialEntry(kind, raw, archive)
    const path = normalizeEntryPath(raw, archive)
    if (kind === 'directory' || path === '') continue
    const info = declared.get(raw) ?? declared.get(latin1Of(raw))
    if (info === undefined) throw new PackReadError(archive, `entry ${quoteEntryName(raw)} is not in the zip's central directory`)
    const content = await inflateCapped(file, raw, info, archive, limits, budget)
    archiveTotal += content.length
    if (archiveTotal > archiveCap) throw bombError(archive, limits)
    budget.addFile(raw, content.length)
    entries.push({ path, bytes: content })
  }
  await verifyChecksums(bytes, archive)
  return entries
}

/**
 * Checks every entry's CRC-32, so a damaged entry is refused instead of read with changed bytes. Runs
 * only once every entry has inflated within the caps: jszip's check inflates whole entries on load.
 */
async function verifyChecksums(bytes: Uint8Array, archive: string): Promise<void> {
  try {
    await JSZip.loadAsync(bytes, { createFolders: false, checkCRC32: true, decodeFileName: decodeUnflaggedName })
  } catch (error) {
    throw zipError(error, archive)
  }
}

/** jszip's messages ("Corrupted zip : CRC32 mismatch", "Bug : ...") in our words. */
function zipError(error: unknown, archive: string, raw?: string): PackReadError {
  if (error instanceof PackReadError) return error
  const detail = error instanceof Error ? error.message : String(error)
  const entry = raw === undefined ? 'an entry' : `entry ${quoteEntryName(raw)}`
  for (const [pattern, problem] of ZIP_PROBLEMS) {
    if (pattern.test(detail)) return new PackReadError(archive, problem.replace('{entry}', entry))
  }
  return new PackReadError(archive, raw === undefined ? 'is not a valid zip archive' : `${entry} cannot be inflated; the zip is damaged`)
}

const ZIP_PROBLEMS: readonly (readonly [RegExp, string])[] = [
  [/CRC32 mismatch/i, '{entry} does not match its checksum (CRC-32): the zip is damaged and its bytes would be wrong'],
  [/size mismatch/i, '{entry} inflates to a different size than the zip declares; the zip is damaged'],
  [/missing \d+ bytes|end of central directory/i, 'is cut off or is not a zip archive: its directory at the end is missing'],
  [/unexpected signature|expected \d+ records/i, 'is damaged: its directory does not match its entries'],
  [/compression .* unknown/i, '{entry} uses a compression method other than DEFLATE or none, which Palette cannot read'],
  [/encrypted/i, 'is encrypted; a pack archive must not be'],
]

/** Lists every entry with fflate without inflating anything: counts, declared sizes and duplicates. */
function scanCentralDirectory(bytes: Uint8Array, archive: string, budget: EntryBudget): Map<string, DeclaredEntry> {
  const declared = new Map<string, DeclaredEntry>()
  try {
    unzipSync(bytes, {
      filter(file) {
        budget.countEntry()
        normalizeEntryPath(file.name, archive)
        if (declared.has(file.name)) throw new PackReadError(archive, `holds ${quoteEntryName(file.name)} more than once`)
        if (!file.name.endsWith('/')) budget.check(file.name, file.originalSize)
        declared.set(file.name, { compressedBytes: file.size })
        return false
      },
    })
  } catch (error) {
    throw asPackReadError(error, archive, 'is not a valid zip archive')
  }
  return declared
}

async function inflateCapped(
  file: JSZip.JSZipObject,
  raw: string,
  info: DeclaredEntry,
  archive: string,
  limits: ArchiveLimits,
  budget: EntryBudget,
): Promise<Uint8Array> {
  const stream = openStream(file, archive, raw)
  const entryCap = ratioCap(info.compressedBytes, limits)
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = []
    let size = 0
    const fail = (error: unknown): void => {
      stream.pause()
      reject(zipError(error, archive, raw))
    }
    stream
      .on('data', (chunk) => {
        size += chunk.length
        try {
          budget.check(raw, size)
          if (size > entryCap) throw bombError(archive, limits, raw)
        } catch (error) {
          fail(error)
          return
        }
        chunks.push(chunk)
      })
      .on('error', fail)
      // jszip itself refuses an entry whose inflated size differs from the declared one.
      .on('end', () => { resolve(concatBytes(chunks, size)) })
      .resume()
  })
}

function bombError(archive: string, limits: ArchiveLimits, raw?: string): PackReadError {
  const what = raw === undefined ? 'is' : `entry ${quoteEntryName(raw)} is`
  return new PackReadError(archive, `${what} compressed more than ${limits.maxCompressionRatio} times, which looks like a zip bomb`)
}

/** jszip's streaming reader: not in its typings, but the public way to read an entry chunk by chunk. */
function openStream(file: JSZip.JSZipObject, archive: string, raw: string): JSZip.JSZipStreamHelper<Uint8Array> {
  const internalStream: unknown = Reflect.get(file, 'internalStream')
  if (typeof internalStream !== 'function') throw new PackReadError(archive, `entry ${quoteEntryName(raw)} cannot be read`)
  const stream: unknown = Reflect.apply(internalStream, file, ['uint8array'])
  if (!isStreamHelper(stream)) throw new PackReadError(archive, `entry ${quoteEntryName(raw)} cannot be read`)
  return stream
}

function isStreamHelper(value: unknown): value is JSZip.JSZipStreamHelper<Uint8Array> {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'on') === 'function' && typeof Reflect.get(value, 'resume') === 'function'
}

function unixMode(permissions: number | string | null): number | null {
  if (typeof permissions === 'number') return permissions
  if (typeof permissions === 'string' && /^[0-7]+$/.test(permissions)) return Number.parseInt(permissions, 8)
  return null
}

/**
 * The name of an entry whose UTF-8 flag is not set. Zips made on macOS and Linux store UTF-8 names
 * without the flag, and Palette (Go) takes the bytes as they are: a name that is valid UTF-8 is read
 * as UTF-8. Any other is decoded with U+FFFD where its bytes are not UTF-8, which normalizeEntryPath
 * refuses, naming the entry: read as Latin-1 or CP437, it would be written back under another name.
 */
function decodeUnflaggedName(bytes: ArrayLike<number | string>): string {
  return decodeText(Uint8Array.from(Array.from(bytes, (byte) => (typeof byte === 'number' ? byte : byte.charCodeAt(0)))))
}

/**
 * fflate's scan decodes an unflagged name byte per character: the key under which it listed the
 * entry that jszip named `name` (valid UTF-8 then, or refused before this is needed).
 */
function latin1Of(name: string): string {
  return String.fromCharCode(...encodeText(name))
}
