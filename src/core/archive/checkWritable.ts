import type { Pack } from '../pack/pack'
import { archiveBaseName } from './archiveBaseName'
import { archiveLayout } from './archiveLayout'
import type { LayoutEntry } from './archiveLayout'
import { resolveArchiveLimits } from './archiveLimits'
import type { ArchiveLimits } from './archiveLimits'
import { EntryBudget } from './entryBudget'
import { normalizeEntryPath } from './entryPath'
import { PackReadError } from './packReadError'

/** Why a pack cannot be written as an archive; the message names the archive and the problem. */
export class PackWriteError extends Error {
  constructor(archive: string, problem: string) {
    super(`${archive}: cannot be built: ${problem}`)
    this.name = 'PackWriteError'
  }
}

/**
 * The archive entries of a pack, after the same checks the readers make (paths, entry count, sizes):
 * an archive is never written that the builder itself would refuse to read back.
 */
export function writableLayout(pack: Pack, limits: Partial<ArchiveLimits> = {}): LayoutEntry[] {
  const archive = archiveBaseName(pack)
  const resolved = resolveArchiveLimits(limits)
  try {
    // Paths and sizes first: the layout's folder list is quadratic in the depth of an unchecked path.
    const files = new EntryBudget(archive, resolved)
    for (const [path, bytes] of pack.files) {
      files.countEntry()
      normalizeEntryPath(`${archive}/${path}`, archive)
      files.addFile(path, bytes.length)
    }
    const layout = archiveLayout(pack)
    const entries = new EntryBudget(archive, resolved)
    for (let index = 0; index < layout.length; index++) entries.countEntry()
    return layout
  } catch (error) {
    if (error instanceof PackReadError) throw new PackWriteError(archive, error.problem)
    throw error
  }
}
