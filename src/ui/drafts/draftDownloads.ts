import { zipSync } from 'fflate'
import { archiveBaseName, writePackZip } from '../../core'
import type { Pack } from '../../core'
import { downloadBytes } from '../browser/downloadBytes'
import type { DraftRepository } from '../state/draftRepository'

/** Downloads one pack as its .zip archive, named like the header's Download. */
export async function downloadPackZip(pack: Pack): Promise<void> {
  downloadBytes(await writePackZip(pack), `${archiveBaseName(pack)}.zip`, 'application/zip')
}

/** Names made unique by a counter: two drafts of the same pack version both get into the zip. */
function uniqueName(taken: Set<string>, base: string, extension: string): string {
  let name = base + extension
  for (let count = 2; taken.has(name); count += 1) name = `${base} (${count})${extension}`
  taken.add(name)
  return name
}

/**
 * Every readable draft as its own pack .zip, all in one .zip; drafts that cannot be read go in as a
 * folder of their raw files, so nothing stored is left out. Returns the number of drafts written.
 */
export async function downloadAllDrafts(repository: DraftRepository, ids: readonly string[]): Promise<number> {
  const entries: Record<string, Uint8Array> = {}
  const taken = new Set<string>()
  for (const id of ids) {
    const loaded = await repository.load(id)
    if (loaded.ok) {
      entries[uniqueName(taken, archiveBaseName(loaded.draft.pack), '.zip')] = await writePackZip(loaded.draft.pack)
    } else {
      const folder = uniqueName(taken, `unreadable-draft-${id.slice(0, 8)}`, '')
      for (const [path, bytes] of await repository.rawFiles(id)) entries[`${folder}/${path}`] = bytes
    }
  }
  // Archives are compressed already: store them as they are.
  downloadBytes(zipSync(entries, { level: 0 }), 'pack-builder-drafts.zip', 'application/zip')
  return ids.length
}

/** The raw stored files of a draft that cannot be read, as a .zip. */
export async function downloadRawDraft(repository: DraftRepository, id: string): Promise<void> {
  const entries: Record<string, Uint8Array> = {}
  for (const [path, bytes] of await repository.rawFiles(id)) entries[path] = bytes
  downloadBytes(zipSync(entries), `draft-${id.slice(0, 8)}-raw-files.zip`, 'application/zip')
}
