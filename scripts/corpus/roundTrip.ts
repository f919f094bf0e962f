import { archiveBaseName, bytesEqual, inspectChart, readPackArchive, writePackTarGz, writePackZip } from '../../src/core'
import type { Pack } from '../../src/core'
import { extractWithSystemTool } from './extractAndCompare'

/** Which extractors the round trip may call besides the core reader. */
export interface RoundTripOptions {
  /** Extract the .tar.gz with the system `tar` and compare the files on disk. */
  readonly systemTar: boolean
  /** Extract the .zip with the system `unzip` and compare the files on disk. */
  readonly systemUnzip: boolean
}

/**
 * Builds the pack as .zip and .tar.gz (twice, to prove the bytes are reproducible), reads both back
 * with the core reader and, where asked, extracts them with the system's tools, and inspects every
 * chart. Returns one line per difference (empty when all is well); never throws.
 */
export async function roundTripPack(pack: Pack, options: RoundTripOptions): Promise<string[]> {
  try {
    return await roundTrip(pack, options)
  } catch (error) {
    // One broken pack is a line of the corpus report, not a reason to stop the run.
    return [`round trip failed: ${error instanceof Error ? error.message : String(error)}`]
  }
}

async function roundTrip(pack: Pack, options: RoundTripOptions): Promise<string[]> {
  const problems: string[] = []
  const top = archiveBaseName(pack)
  for (const kind of ['zip', 'tar.gz'] as const) {
    const write = kind === 'zip' ? writePackZip : writePackTarGz
    const archive = await write(pack)
    if (!bytesEqual(archive, await write(pack))) problems.push(`${kind}: two builds of the same pack differ`)
    problems.push(...comparePacks(pack, await readPackArchive(archive, `${top}.${kind}`), kind))
    if (kind === 'tar.gz' ? options.systemTar : options.systemUnzip) {
      problems.push(...(await extractWithSystemTool(pack, archive, kind, top)))
    }
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
