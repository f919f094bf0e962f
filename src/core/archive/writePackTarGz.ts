import { gzipSync } from 'fflate'
import { pack as tarPack } from 'tar-stream'
import type { Pack } from '../pack/pack'
import { ARCHIVE_ENTRY_DATE, FILE_MODE, FOLDER_MODE } from './archiveLayout'
import { writableLayout } from './checkWritable'
import { concatBytes } from './gunzipCapped'

/**
 * Writes a pack as a deterministic .tar.gz (ustar, pax for long names) with one top folder
 * `<name>-<version>/`, as `tar -czf` from the parent folder would (spec 4.2). Gzip mtime is 0.
 * Throws PackWriteError, before writing anything, for a pack the readers would refuse.
 */
export async function writePackTarGz(pack: Pack): Promise<Uint8Array> {
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
  for (const entry of writableLayout(pack)) {
    if (entry.kind === 'folder') archive.entry({ ...common, name: entry.path, type: 'directory', mode: FOLDER_MODE })
    else archive.entry({ ...common, name: entry.path, type: 'file', mode: FILE_MODE, size: entry.bytes.length }, entry.bytes)
  }
  archive.finalize()
  await finished
  return gzipSync(concatBytes(chunks), { level: 6, mtime: 0 })
}
