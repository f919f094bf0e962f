import { classifyArchive, classifyFolder } from '../../core/archive/classifyArchive'
import { checkListing } from '../../core/archive/packFromEntries'
import { PackReadError } from '../../core/archive/packReadError'
import type { ChartForPack, LintMode, Pack } from '../../core'
import { readFileBytes } from '../browser/readFileBytes'
import { sourceName } from './openSource'
import type { OpenSource } from './openSource'

/** Why a source could not be opened: its name, the file inside it (if any) and the problem. */
export interface OpenFailure {
  readonly archive: string
  readonly file: string | undefined
  readonly message: string
}

/** A pack ready to become a draft, with where it came from. */
export interface OpenCandidate {
  readonly pack: Pack
  /** The pack's folder. */
  readonly label: string
  readonly source: string
  /** Opened packs are checked as Palette would accept them. */
  readonly lintMode: LintMode
}

/** Everything the sources hold, or why some could not be read. */
export interface ClassifiedSources {
  readonly candidates: readonly OpenCandidate[]
  /** Helm charts opened where a pack was expected: each goes through the "new pack from a chart" review. */
  readonly charts: readonly ChartForPack[]
  readonly failures: readonly OpenFailure[]
  /** Notes for the user, such as files left out because they belong to no pack. */
  readonly notes: readonly string[]
}

/** Reads and classifies every source; nothing is opened here, so a failure changes no draft. */
export async function classifySources(sources: readonly OpenSource[]): Promise<ClassifiedSources> {
  const candidates: OpenCandidate[] = []
  const charts: ChartForPack[] = []
  const failures: OpenFailure[] = []
  const notes: string[] = []
  for (const source of sources) {
    const name = sourceName(source)
    try {
      const opened = source.kind === 'file'
        ? await classifyArchive(await readFileBytes(source.file), source.file.name)
        : await readFolder(source.name, source.files)
      if (opened.kind === 'helm-chart') {
        charts.push({ chart: opened.chart, fileName: opened.fileName, bytes: opened.bytes })
        continue
      }
      for (const pack of opened.packs) candidates.push({ pack, label: pack.folderName, source: name, lintMode: 'import' })
      if (opened.ignored.length > 0) notes.push(`Left out of ${name}, as they belong to no pack: ${describeList(opened.ignored)}.`)
    } catch (error) {
      failures.push(failureOf(error, name))
    }
  }
  return { candidates, charts, failures, notes }
}

async function readFolder(name: string, files: readonly { path: string; file: File }[]) {
  // The limits are checked on names and sizes first, so a huge folder is refused before it is read.
  checkListing(name, files.map(({ path, file }) => ({ path, size: file.size })))
  const entries = await Promise.all(files.map(async ({ path, file }) => ({ path, bytes: await readFileBytes(file) })))
  return classifyFolder(name, entries)
}

function failureOf(error: unknown, name: string): OpenFailure {
  if (error instanceof PackReadError) return { archive: name, file: error.file === name || error.file === name.replace(/\/$/, '') ? undefined : error.file, message: error.problem }
  // A browser read error (the file was moved or deleted after it was picked).
  return { archive: name, file: undefined, message: error instanceof Error ? error.message : String(error) }
}

function describeList(paths: readonly string[]): string {
  const shown = paths.slice(0, 5).join(', ')
  return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown
}
