import { readdir, readFile } from 'node:fs/promises'
import { basename, join, relative, sep } from 'node:path'
import { packFromEntries } from '../../src/core/archive/packFromEntries'
import type { PackEntry } from '../../src/core/archive/packFromEntries'
import { readPackArchive } from '../../src/core/archive/readPackArchive'
import { writePackTarGz } from '../../src/core/archive/writePackTarGz'
import { writePackZip } from '../../src/core/archive/writePackZip'
import { inspectChart } from '../../src/core/chart/inspectChart'
import type { Pack } from '../../src/core/pack/pack'
import { bytesEqual } from '../../src/core/text/encoding'

/** Reads a pack folder from disk into a Pack, with the same checks as the archive readers. */
export async function readPackFolder(dir: string): Promise<Pack> {
  const entries: PackEntry[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const absolute = join(entry.parentPath, entry.name)
    entries.push({ path: relative(dir, absolute).split(sep).join('/'), bytes: new Uint8Array(await readFile(absolute)) })
  }
  return packFromEntries(basename(dir), entries)
}

/**
 * Reads a pack folder, writes it as .tar.gz and .zip, reads both back and compares every file;
 * also inspects every chart. Returns one line per mismatch, unreadable chart or read failure (empty when
 * all is well); never throws.
 */
export async function roundTripPack(dir: string): Promise<string[]> {
  try {
    return await roundTrip(dir)
  } catch (error) {
    // One unreadable pack is a finding for the corpus report, not a reason to stop the run.
    return [`round trip failed: ${error instanceof Error ? error.message : String(error)}`]
  }
}

async function roundTrip(dir: string): Promise<string[]> {
  const problems: string[] = []
  const pack = await readPackFolder(dir)
  const archives: [string, Uint8Array][] = [
    ['tar.gz', await writePackTarGz(pack)],
    ['zip', await writePackZip(pack)],
  ]
  for (const [format, bytes] of archives) {
    const back = await readPackArchive(bytes, `${pack.folderName}.${format}`)
    problems.push(...comparePacks(pack, back, format))
  }
  for (const [path, bytes] of pack.files) {
    if (!path.toLowerCase().endsWith('.tgz')) continue
    const inspection = await inspectChart(bytes)
    if (!inspection.ok) problems.push(`${path}: chart unreadable: ${inspection.problem}`)
  }
  return problems
}

function comparePacks(original: Pack, back: Pack, format: string): string[] {
  const problems: string[] = []
  for (const [path, bytes] of original.files) {
    const other = back.files.get(path)
    if (other === undefined) problems.push(`${format}: ${path} is missing after the round trip`)
    else if (!bytesEqual(bytes, other)) problems.push(`${format}: ${path} has different bytes after the round trip`)
  }
  for (const path of back.files.keys()) {
    if (!original.files.has(path)) problems.push(`${format}: ${path} appeared in the round trip`)
  }
  return problems
}
