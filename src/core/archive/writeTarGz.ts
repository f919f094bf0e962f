import { gzipSync } from 'fflate'
import { pack as tarPack } from 'tar-stream'
import { ARCHIVE_ENTRY_DATE, FILE_MODE, FOLDER_MODE } from './archiveLayout'
import type { LayoutEntry } from './archiveLayout'
import { concatBytes } from './gunzipCapped'

/**
 * Writes entries, in the order given, as a deterministic .tar.gz: ustar (pax for long names), fixed
 * dates, owner 0, modes 0644/0755, gzip mtime 0. Shared by pack archives and generated chart .tgz files.
 */
export async function writeTarGz(entries: Iterable<LayoutEntry>): Promise<Uint8Array> {
  const archive = tarPack()
  const chunks: Uint8Array[] = []
  const finished = new Promise<void>((resolve, reject) => {
    archive.on('data', (chunk: unknown) => {
      if (chunk instanceof Uint8Array) chunks.push(chunk)
    })
    archive.on('end', () => { resolve() })
    archive.on('error', reject)
  })
  const common = { mtime: ARCHIVE_ENTRY_DATE, uid: 0, gid: 0, uname: '', gname: '' }
  for (const entry of entries) {
    if (entry.kind === 'folder') archive.entry({ ...common, name: entry.path, type: 'directory', mode: FOLDER_MODE })
    else archive.entry({ ...common, name: entry.path, type: 'file', mode: FILE_MODE, size: entry.bytes.length }, entry.bytes)
  }
  archive.finalize()
  await finished
  return gzipSync(concatBytes(chunks), { level: 6, mtime: 0 })
}
