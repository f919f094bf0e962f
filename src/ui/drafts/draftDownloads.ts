import type { Pack } from '../../core'
import { downloadBlob } from '../browser/downloadBlob'
import { packFiles, writeArchiveInWorker } from '../download/archiveClient'
import type { BundleMember } from '../download/archiveProtocol'
import type { DraftRepository } from '../state/draftRepository'

// Archives are written in the archive worker: the page stays responsive, and the start page, which
// offers these downloads, loads no archive code of its own.

/** Downloads one pack as its .zip archive, named like the header's Download. */
export async function downloadPackZip(pack: Pack): Promise<void> {
  const archive = await writeArchiveInWorker({ kind: 'pack', format: 'zip', pack: packFiles(pack) })
  downloadBlob(archive.blob, `${archive.baseName}.zip`)
}

/**
 * Every readable draft as its own pack .zip, all in one .zip; drafts that cannot be read go in as a
 * folder of their raw files, so nothing stored is left out. Returns the number of drafts written.
 */
export async function downloadAllDrafts(repository: DraftRepository, ids: readonly string[]): Promise<number> {
  const members: BundleMember[] = []
  for (const id of ids) {
    const loaded = await repository.load(id)
    members.push(loaded.ok
      ? { kind: 'pack', pack: packFiles(loaded.draft.pack) }
      : { kind: 'raw', folder: `unreadable-draft-${id.slice(0, 8)}`, files: await repository.rawFiles(id) })
  }
  const archive = await writeArchiveInWorker({ kind: 'bundle', members })
  downloadBlob(archive.blob, `${archive.baseName}.zip`)
  return ids.length
}

/** The raw stored files of a draft that cannot be read, as a .zip. */
export async function downloadRawDraft(repository: DraftRepository, id: string): Promise<void> {
  const archive = await writeArchiveInWorker({ kind: 'raw-zip', files: await repository.rawFiles(id) })
  downloadBlob(archive.blob, `draft-${id.slice(0, 8)}-raw-files.zip`)
}
