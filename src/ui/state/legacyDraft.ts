import { del, get } from 'idb-keyval'
import { createPack } from '../../core/pack/pack'
import type { DraftRepository } from './draftRepository'

/** Where Pack Builder kept its single draft before drafts had their own database (idb-keyval's default store). */
export const LEGACY_DRAFT_KEY = 'pack-builder:draft'
/** The id the migrated single draft gets: fixed, so two tabs migrating at once write the same draft. */
export const LEGACY_DRAFT_ID = 'migrated-single-draft'

function readLegacy(value: unknown): { folderName: string; files: [string, Uint8Array][]; selectedPath: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const draft = value as Record<string, unknown>
  if (typeof draft.folderName !== 'string' || typeof draft.selectedPath !== 'string' || !Array.isArray(draft.files)) return undefined
  const files: [string, Uint8Array][] = []
  for (const entry of draft.files as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !(entry[1] instanceof Uint8Array)) return undefined
    files.push([entry[0], entry[1]])
  }
  return files.length === 0 ? undefined : { folderName: draft.folderName, files, selectedPath: draft.selectedPath }
}

/**
 * Moves the single draft of the old format into the drafts database as a draft of its own, then
 * removes the old key. The old format did not keep a lint mode or a baseline: the draft is checked with
 * the author rules and its files as found become its baseline. Returns the new draft's id, if any.
 */
export async function migrateLegacyDraft(repository: DraftRepository, now: number = Date.now()): Promise<string | undefined> {
  const legacy = readLegacy(await get(LEGACY_DRAFT_KEY))
  if (legacy === undefined) return undefined
  const pack = createPack(legacy.folderName, legacy.files)
  await repository.save({
    id: LEGACY_DRAFT_ID, createdAt: now, updatedAt: now, pack, baseline: pack, lintMode: 'author',
    selectedPath: legacy.selectedPath, past: [], future: [], errors: undefined,
  })
  await del(LEGACY_DRAFT_KEY)
  return LEGACY_DRAFT_ID
}
