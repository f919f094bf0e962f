import { extract as tarExtract } from 'tar-stream'
import type { Header } from 'tar-stream'
import { formatBytes, ratioCap } from './archiveLimits'
import type { ArchiveLimits } from './archiveLimits'
import { EntryBudget } from './entryBudget'
import { kindFromTarType, normalizeEntryPath, quoteEntryName, refuseSpecialEntry } from './entryPath'
import { concatBytes, gunzipCapped } from './gunzipCapped'
import type { FastGunzip } from './gunzipCapped'
import type { PackEntry } from './packFromEntries'
import { PackReadError, asPackReadError } from './packReadError'

// Headers, pax records and padding around each entry; only used to bound the gunzipped tar.
const TAR_OVERHEAD_PER_ENTRY = 3 * 1024

/**
 * Reads the files of a .tar.gz in memory, folders skipped, with every limit enforced while
 * decompressing. Throws PackReadError for anything that is not a clean tar of files and folders.
 * `fast` is a host's faster gunzip (see FastGunzip); the result is the same with or without it.
 * Each file's bytes are a copy, so a pack never keeps the whole tar alive; a reader that drops the
 * entries once it has read them (a chart's inspection) asks for `views` into the tar instead.
 */
export async function readTarGzEntries(bytes: Uint8Array, archive: string, limits: ArchiveLimits, fast?: FastGunzip, views = false): Promise<PackEntry[]> {
  const sizeCap = limits.maxTotalBytes + limits.maxEntries * TAR_OVERHEAD_PER_ENTRY
  const bombCap = ratioCap(bytes.length, limits)
  const tar = bombCap < sizeCap
    ? gunzipCapped(bytes, bombCap, archive, `compressed more than ${limits.maxCompressionRatio} times, which looks like a zip bomb`, fast)
    : gunzipCapped(bytes, sizeCap, archive, `the most a pack may hold is ${formatBytes(limits.maxTotalBytes)}`, fast)
  return readTarEntries(tar, archive, limits, views)
}

/** Reads the files of an uncompressed tar. */
async function readTarEntries(tar: Uint8Array, archive: string, limits: ArchiveLimits, views: boolean): Promise<PackEntry[]> {
  const budget = new EntryBudget(archive, limits)
  const entries: PackEntry[] = []
  const extract = tarExtract()
  extract.end(tar)
  try {
    for await (const entry of extract) {
      budget.countEntry()
      const path = checkHeader(entry.header, archive)
      if (path !== undefined) budget.check(entry.header.name, entry.header.size)
      const chunks: Uint8Array[] = []
      let size = 0
      for await (const chunk of entry as AsyncIterable<Uint8Array>) {
        size += chunk.length
        budget.check(entry.header.name, size)
        chunks.push(chunk)
      }
      if (path === undefined) continue
      budget.addFile(entry.header.name, size)
      // tar-stream hands a file of an in-memory tar over as one view into it.
      const [only] = chunks
      entries.push({ path, bytes: views && only !== undefined && chunks.length === 1 ? only : concatBytes(chunks, size) })
    }
  } catch (error) {
    extract.destroy()
    throw asPackReadError(error, archive, 'is not a valid tar archive or is cut off')
  }
  return entries
}

/** Checks a header before its data is read; returns the pack path of a file, undefined for a folder. */
function checkHeader(header: Header, archive: string): string | undefined {
  const kind = kindFromTarType(header.type)
  refuseSpecialEntry(kind, header.name, archive)
  const path = normalizeEntryPath(header.name, archive)
  // tar-stream never finishes such an entry; a real folder header carries no data.
  if (kind === 'directory' && header.size > 0) {
    throw new PackReadError(archive, `entry ${quoteEntryName(header.name)} is marked as a folder but carries ${header.size} bytes of data; the tar is damaged`)
  }
  if (kind === 'directory' || path === '') return undefined
  return path
}
