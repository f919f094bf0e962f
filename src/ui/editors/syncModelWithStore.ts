import { readTextFile, setTextFile } from '../../core/pack/pack'
import type { PackStore } from '../state/packStore'
import { runInNextTask } from '../state/nextTask'

interface Subscription {
  readonly dispose: () => void
}

/** What the sync needs of a Monaco text model (ITextModel has all of it). */
export interface SyncedModel {
  readonly getValue: () => string
  readonly isDisposed: () => boolean
  readonly onDidChangeContent: (listener: () => void) => Subscription
  readonly onWillDispose: (listener: () => void) => Subscription
}

/**
 * Keeps an editor's model and the store's file `path` in step, both ways; returns the function that
 * stops it (applying any edit still pending first).
 *
 * Model to store: a keystroke only marks the edit pending; the model's text is read, encoded and put
 * into the store in a task of its own right after (so the keystroke's task does not also pay for
 * reading 300 KB, encoding it, re-rendering and the draft write). Several keystrokes before that task
 * are one update. The store applies the pending edit first whenever anything else reads or changes
 * the pack, and the model applies it before it is disposed: no edit is lost or built upon stale text.
 *
 * Store to model: when the file's bytes change and they are not the bytes this sync wrote (undo in the
 * toolbar, a fix, a revert), the store's text replaces the model's (stack.md §6).
 */
export function syncModelWithStore(
  model: SyncedModel, store: PackStore, path: string, replaceText: (text: string) => void, createdFrom: Uint8Array | undefined,
): () => void {
  // The bytes of the text the model holds, as far as the store knows: its own edits, or what it was
  // created from (the sync starts a render after the model exists: the store or the model may have moved).
  let inSync = createdFrom
  let pending = false
  let replacing = false

  const applyEdit = () => {
    pending = false
    if (model.isDisposed()) return
    const text = model.getValue()
    store.updatePack((pack) => {
      // A file removed meanwhile stays removed (the removal applied pending edits before it ran).
      if (!pack.files.has(path)) return pack
      const edited = setTextFile(pack, path, text)
      // Known before the store tells its listeners, followStore among them: no 300 KB comparison per keystroke.
      inSync = edited.files.get(path)
      return edited
    })
  }
  const followStore = () => {
    const bytes = store.getState().pack.files.get(path)
    if (bytes === undefined || bytes === inSync) return
    inSync = bytes
    const text = readTextFile(store.getState().pack, path) ?? ''
    if (model.getValue() === text) return
    replacing = true
    try {
      replaceText(text)
    } finally {
      replacing = false
    }
  }

  const onEdit = () => {
    if (replacing || pending) return
    pending = true
    store.deferEdit(applyEdit)
    runInNextTask(() => { store.applyPendingEdits() })
  }
  const contentListener = model.onDidChangeContent(onEdit)
  const disposeListener = model.onWillDispose(() => { store.applyPendingEdits() })
  const unsubscribe = store.subscribe(followStore)
  // Since the model was created, the store changed (its text goes into the model), or else the model
  // was edited (the edit goes to the store like any other).
  const current = store.getState().pack.files.get(path)
  if (current !== inSync) followStore()
  else if (current !== undefined && model.getValue() !== readTextFile(store.getState().pack, path)) onEdit()
  return () => {
    store.applyPendingEdits()
    unsubscribe()
    contentListener.dispose()
    disposeListener.dispose()
  }
}
