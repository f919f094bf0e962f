import type { Pack } from '../pack/pack'
import { resolveArchiveLimits } from './archiveLimits'
import type { ArchiveLimits } from './archiveLimits'
import { assemblePack, stripTopFolder } from './packFromEntries'
import { PackReadError } from './packReadError'
import { readTarGzEntries } from './readTarGz'
import { readZipEntries } from './readZip'

/** The archive formats a pack can be read from. */
export type PackArchiveFormat = 'zip' | 'tar.gz'

/** Tells the format from the first bytes, whatever the file is called. */
export function detectArchiveFormat(bytes: Uint8Array): PackArchiveFormat | undefined {
  const [b0, b1, b2, b3] = bytes
  // PK\x03\x04 starts a zip with entries; PK\x05\x06 is an empty zip (end record only).
  if (b0 === 0x50 && b1 === 0x4b && ((b2 === 0x03 && b3 === 0x04) || (b2 === 0x05 && b3 === 0x06))) return 'zip'
  if (b0 === 0x1f && b1 === 0x8b) return 'tar.gz'
  return undefined
}

/**
 * Reads a pack from a .zip or .tar.gz held in memory; nothing touches a disk. When every file sits
 * under one top folder, that folder is stripped and becomes the pack's folder name. Throws
 * PackReadError (and nothing else) for any archive that cannot safely become a pack.
 */
export async function readPackArchive(bytes: Uint8Array, fileName: string, limits?: Partial<ArchiveLimits>): Promise<Pack> {
  const resolved = resolveArchiveLimits(limits)
  if (bytes.length === 0) throw new PackReadError(fileName, 'is empty')
  const format = detectArchiveFormat(bytes)
  if (format === undefined) throw new PackReadError(fileName, 'is neither a .zip nor a .tar.gz archive')
  const entries = format === 'zip' ? await readZipEntries(bytes, fileName, resolved) : await readTarGzEntries(bytes, fileName, resolved)
  if (entries.length === 0) throw new PackReadError(fileName, 'holds no files')
  const stripped = stripTopFolder(entries)
  if (stripped) return withArchiveOrigin(assemblePack(stripped.folder, stripped.entries, fileName), fileName, stripped.folder)
  return withArchiveOrigin(assemblePack(folderNameOf(fileName), entries, fileName), fileName, undefined)
}

/** The archive's file name without its folder and its archive extension. */
export function folderNameOf(fileName: string): string {
  return baseNameOf(fileName).replace(/\.(zip|tar\.gz|tgz)$/i, '') || 'pack'
}

/** The pack, remembering the archive it is the only pack of, for the archive-name rule (R15). */
export function withArchiveOrigin(pack: Pack, fileName: string, topFolder: string | undefined): Pack {
  return { ...pack, archive: { fileName: baseNameOf(fileName), topFolder } }
}

function baseNameOf(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName
}
