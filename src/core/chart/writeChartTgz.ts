import { gzipSync } from 'fflate'
import { pack as tarPack } from 'tar-stream'
import { concatBytes } from '../archive/gunzipCapped'
import { ARCHIVE_ENTRY_DATE, FILE_MODE, FOLDER_MODE } from '../archive/archiveLayout'
import { encodeText } from '../text/encoding'

/**
 * Packages chart files (path inside the chart -> text) as `helm package` lays them out: one top
 * folder named after the chart. Deterministic bytes (fixed dates, gzip mtime 0).
 */
export async function writeChartTgz(folder: string, files: Readonly<Record<string, string>>): Promise<Uint8Array> {
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
  archive.entry({ ...common, name: `${folder}/`, type: 'directory', mode: FOLDER_MODE })
  for (const [path, text] of Object.entries(files)) {
    const bytes = encodeText(text)
    archive.entry({ ...common, name: `${folder}/${path}`, type: 'file', mode: FILE_MODE, size: bytes.length }, bytes)
  }
  archive.finalize()
  await finished
  return gzipSync(concatBytes(chunks), { level: 6, mtime: 0 })
}
