import type { LayoutEntry } from '../archive/archiveLayout'
import { writeTarGz } from '../archive/writeTarGz'
import { encodeText } from '../text/encoding'

/**
 * Packages chart files (path inside the chart -> text) as `helm package` lays them out: one top
 * folder named after the chart. Deterministic bytes (fixed dates, gzip mtime 0).
 */
export async function writeChartTgz(folder: string, files: Readonly<Record<string, string>>): Promise<Uint8Array> {
  const entries: LayoutEntry[] = [{ kind: 'folder', path: `${folder}/` }]
  for (const [path, text] of Object.entries(files)) entries.push({ kind: 'file', path: `${folder}/${path}`, bytes: encodeText(text) })
  return writeTarGz(entries)
}
