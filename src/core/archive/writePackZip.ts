import JSZip from 'jszip'
import type { Pack } from '../pack/pack'
import { ARCHIVE_ENTRY_DATE, FILE_MODE, FOLDER_MODE } from './archiveLayout'
import { writableLayout } from './checkWritable'
import { isAlreadyCompressed } from './storedMembers'

// Unix file-type bits, so unzip tools restore files and folders with the right permissions.
const REGULAR_FILE = 0o100000
const DIRECTORY = 0o040000

/**
 * Writes a pack as a deterministic .zip (DEFLATE; chart archives and images STOREd, being compressed
 * already) with one top folder `<name>-<version>/`. Throws
 * PackWriteError, before writing anything, for a pack the readers would refuse.
 */
export async function writePackZip(pack: Pack): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const entry of writableLayout(pack)) {
    if (entry.kind === 'folder') {
      zip.file(entry.path, null, { dir: true, date: ARCHIVE_ENTRY_DATE, unixPermissions: DIRECTORY | FOLDER_MODE, createFolders: false })
    } else {
      const compression = isAlreadyCompressed(entry.path) ? 'STORE' : 'DEFLATE'
      zip.file(entry.path, entry.bytes, { binary: true, compression, date: ARCHIVE_ENTRY_DATE, unixPermissions: REGULAR_FILE | FILE_MODE, createFolders: false })
    }
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' })
}
