import { createDraftAutosave } from './draftAutosave'
import type { DraftAutosave } from './draftAutosave'
import { createDraftRepository } from './draftRepository'
import { DRAFTS_DATABASE } from './draftsDatabase'
import type { DraftLoad, DraftRepository } from './draftRepository'
import { describeStorageError, reportDraftSaved, reportDraftStatus } from './draftStatus'
import { migrateLegacyDraft } from './legacyDraft'
import { createPackStore } from './packStore'
import { draftToReopen, readCrashedDraft, writeCrashedDraft, writeOpenDraft } from './openDraftKeys'
import type { PackStore } from './packStore'
import { createTabCoordination } from './tabCoordination'
import { applyUnsavedEdits, keepUnsavedEdits, takeUnsavedEdits } from './unsavedEdits'
import type { TabMessage } from './tabCoordination'

export { DRAFTS_DATABASE } from './draftsDatabase'

export const BUSY_ELSEWHERE = 'This draft is being edited in another tab. It is shown read-only here, so neither tab overwrites the other.'
export const TAKEN_OVER = 'Another tab took over this draft. Your edits are saved; it is read-only here now.'
export const DATABASE_LOST = 'The drafts stored in this browser were deleted while Pack Builder was open (site data cleared?). This draft is still here and is saved again; other drafts may be gone. Download it to be safe.'

/** The app's drafts: the store of the open draft, the database, autosave and the other tabs. */
export interface DraftWorkspace {
  readonly store: PackStore
  readonly repository: DraftRepository
  readonly autosave: DraftAutosave
  /** Opens a stored draft (read-only when another tab edits it); returns the problem if it cannot be read. */
  readonly openDraft: (id: string) => Promise<string | undefined>
  /** Back to the start page; the draft stays stored. */
  readonly closeDraft: () => void
  /** Makes this tab the one that edits the open draft, with the other tab's latest edits. */
  readonly takeOver: () => Promise<void>
  readonly duplicate: (id: string) => Promise<void>
  readonly remove: (id: string) => Promise<void>
  readonly restore: (id: string) => Promise<void>
  readonly rename: (id: string, label: string) => Promise<void>
  /** The draft that crashed the app last time, if any. */
  readonly crashedDraft: () => string | undefined
  readonly markCrashed: (id: string | undefined) => void
  /** Bumps whenever the stored list may have changed, here or in another tab. */
  readonly subscribeList: (listener: () => void) => () => void
  readonly listVersion: () => number
}

/** Creates the workspace and brings back this tab's draft (after moving a single-format draft over). */
export async function startDraftWorkspace(databaseName: string = DRAFTS_DATABASE): Promise<DraftWorkspace> {
  const store = createPackStore()
  const listListeners = new Set<() => void>()
  let version = 0
  const listChanged = () => {
    version += 1
    for (const listener of listListeners) listener()
  }
  const repository = createDraftRepository(databaseName, () => {
    reportDraftStatus({ saved: true, notice: DATABASE_LOST })
    listChanged()
    // The new, empty database gets the open draft at once, not only at the next edit.
    setTimeout(() => { autosave.saveNow() }, 0)
  })
  const autosave = createDraftAutosave(repository, store, {
    onSaved(id) {
      reportDraftSaved()
      tabs.post({ type: 'saved', id })
      listChanged()
    },
    onFailed(error) { reportDraftStatus({ saved: false, reason: describeStorageError(error) }) },
  })

  // A reload right after an edit: what the last page had not stored yet (see unsavedEdits.ts).
  let unsaved = takeUnsavedEdits(() => sessionStorage)
  addEventListener('pagehide', () => { keepUnsavedEdits(() => sessionStorage, autosave.unsavedEdits()) })

  const load = async (id: string): Promise<DraftLoad> => {
    try {
      return await repository.load(id)
    } catch (error) {
      return { ok: false, problem: describeStorageError(error) }
    }
  }
  const refreshReadOnly = async (id: string) => {
    const loaded = await load(id)
    const state = store.getState()
    if (!loaded.ok || state.draftId !== id || state.readOnly === undefined) return
    store.openDraft({ ...loaded.draft, selectedPath: state.selectedPath }, state.readOnly)
  }
  const onMessage = (message: TabMessage) => {
    const state = store.getState()
    if (message.type === 'saved' && state.draftId === message.id && state.readOnly !== undefined) void refreshReadOnly(message.id)
    if (message.type === 'takeover' && state.draftId === message.id && state.readOnly === undefined) {
      store.setReadOnly(TAKEN_OVER)
      void autosave.flush().then(() => { tabs.release(message.id) })
    }
    listChanged()
  }
  const tabs = createTabCoordination(onMessage, (id) => {
    if (store.getState().draftId === id) store.setReadOnly(TAKEN_OVER)
  })

  // Every draft the store opens is this tab's open draft; new ones (replacePack) are locked at once.
  let openId: string | undefined
  store.subscribe(() => {
    const { draftId } = store.getState()
    if (draftId === openId) return
    const previous = openId
    openId = draftId
    writeOpenDraft(draftId)
    if (previous !== undefined) void autosave.flush().then(() => { if (openId !== previous) tabs.release(previous) })
    if (draftId !== undefined) void tabs.claim(draftId)
    listChanged()
  })

  const workspace: DraftWorkspace = {
    store,
    repository,
    autosave,
    async openDraft(id) {
      // The edit lock is asked for while the draft is read: both wait on the browser, not one on the other.
      const [loaded, free] = await Promise.all([load(id), tabs.claim(id)])
      if (!loaded.ok) {
        // Not opened: a lock taken for it is let go (unless it is the draft already open here).
        if (free && store.getState().draftId !== id) tabs.release(id)
        return loaded.problem
      }
      autosave.markStored(id, loaded.draft.errors)
      if (workspace.crashedDraft() === id) workspace.markCrashed(undefined)
      store.openDraft(loaded.draft, free ? undefined : BUSY_ELSEWHERE)
      const recovered = unsaved?.draftId === id ? unsaved : undefined
      if (recovered !== undefined) unsaved = undefined
      // Only over an older stored version (the last write may have finished after all), and only here.
      if (recovered !== undefined && free && recovered.updatedAt > loaded.draft.updatedAt) {
        store.updatePack((pack) => applyUnsavedEdits(pack, recovered), { undoStep: 'own' })
      }
      return undefined
    },
    closeDraft() { store.closeDraft() },
    async takeOver() {
      const id = store.getState().draftId
      if (id === undefined) return
      await tabs.takeOver(id)
      const loaded = await load(id)
      if (store.getState().draftId !== id) return
      if (loaded.ok) {
        autosave.markStored(id, loaded.draft.errors)
        store.openDraft({ ...loaded.draft, selectedPath: store.getState().selectedPath })
      } else {
        store.setReadOnly(undefined)
      }
    },
    async duplicate(id) {
      const loaded = await load(id)
      if (!loaded.ok) throw new Error(loaded.problem)
      const now = Date.now()
      await repository.save({ ...loaded.draft, id: crypto.randomUUID(), createdAt: now, updatedAt: now })
      tabs.post({ type: 'list-changed' })
      listChanged()
    },
    async remove(id) {
      await repository.remove(id)
      tabs.post({ type: 'list-changed' })
      listChanged()
    },
    async restore(id) {
      await repository.restore(id)
      tabs.post({ type: 'list-changed' })
      listChanged()
    },
    async rename(id, label) {
      await repository.rename(id, label)
      tabs.post({ type: 'list-changed' })
      listChanged()
    },
    crashedDraft: readCrashedDraft,
    markCrashed(id) { writeCrashedDraft(id) },
    subscribeList(listener) {
      listListeners.add(listener)
      return () => listListeners.delete(listener)
    },
    listVersion: () => version,
  }

  const migrated = migrateLegacyDraft(repository).catch((error: unknown) => {
    reportDraftStatus({ saved: false, reason: `Drafts cannot be stored in this browser: ${describeStorageError(error)}` })
  })
  // The draft this tab had open is never the old single draft (moved over in an earlier session, if
  // at all): a reload shows it without waiting for the old format's database, and the drafts list
  // (not on screen yet) is told when a draft was moved over. The start page waits for the move.
  const reopen = draftToReopen()
  if (reopen === undefined) {
    await migrated
  } else {
    void migrated.then((id) => { if (id !== undefined) listChanged() })
    await workspace.openDraft(reopen)
  }
  return workspace
}
