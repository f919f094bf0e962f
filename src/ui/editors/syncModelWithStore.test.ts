import { describe, expect, it } from 'vitest'
import { createPack, encodeText, readTextFile, removeFile, setTextFile } from '../../core'
import { createPackStore, START_PAGE_STATE } from '../state/packStore'
import { nextTask } from '../state/nextTask'
import { syncModelWithStore } from './syncModelWithStore'
import type { SyncedModel } from './syncModelWithStore'

/** A text model as the sync sees Monaco's: a value, content change events, disposal. */
function fakeModel(initial: string) {
  let value = initial
  let disposed = false
  let reads = 0
  const changeListeners = new Set<() => void>()
  const disposeListeners = new Set<() => void>()
  const subscribe = (listeners: Set<() => void>) => (listener: () => void) => {
    listeners.add(listener)
    return { dispose: () => { listeners.delete(listener) } }
  }
  const model: SyncedModel = {
    getValue: () => { reads += 1; return value },
    isDisposed: () => disposed,
    onDidChangeContent: subscribe(changeListeners),
    onWillDispose: subscribe(disposeListeners),
  }
  return {
    model,
    reads: () => reads,
    value: () => value,
    /** A keystroke or any edit in the editor. */
    type(text: string) {
      value += text
      for (const listener of changeListeners) listener()
    },
    replace(text: string) {
      value = text
      for (const listener of changeListeners) listener()
    },
    dispose() {
      for (const listener of disposeListeners) listener()
      disposed = true
    },
  }
}

function setup(text = 'a: 1\n') {
  const store = createPackStore(START_PAGE_STATE, () => 'draft')
  store.replacePack(createPack('p', [['pack.json', encodeText('{}')], ['values.yaml', encodeText(text)]]), 'author')
  const editor = fakeModel(text)
  const stop = syncModelWithStore(editor.model, store, 'values.yaml', (replacement) => { editor.replace(replacement) }, store.getState().pack.files.get('values.yaml'))
  const storedText = () => readTextFile(store.getState().pack, 'values.yaml')
  return { store, editor, stop, storedText }
}

describe('syncModelWithStore', () => {
  it('leaves a keystroke out of its own task: the store gets the text in the next task, once for a burst', async () => {
    const { store, editor, storedText } = setup()
    // The sync read the model once when it started (to catch up with edits made before it).
    const readsAtStart = editor.reads()
    let updates = 0
    store.subscribe(() => { updates += 1 })
    editor.type('b')
    editor.type(': 2')
    expect(storedText()).toBe('a: 1\n')
    expect(editor.reads()).toBe(readsAtStart)
    await Promise.resolve()
    expect(storedText()).toBe('a: 1\n')
    await nextTask()
    expect(storedText()).toBe('a: 1\nb: 2')
    expect(updates).toBe(1)
    expect(editor.reads()).toBe(readsAtStart + 1)
  })

  it('puts a pending edit into the store before anything else changes the pack, and does not write the store back over the model', async () => {
    const { store, editor, storedText } = setup()
    editor.type('b: 2')
    store.updatePack((pack) => setTextFile(pack, 'pack.json', '{"name":"x"}'))
    expect(storedText()).toBe('a: 1\nb: 2')
    expect(editor.value()).toBe('a: 1\nb: 2')
    await nextTask()
    expect(storedText()).toBe('a: 1\nb: 2')
  })

  it('replaces the model text when something else changed the file (undo in the toolbar, a fix), without echoing it back', async () => {
    const { store, editor, storedText } = setup()
    editor.type('b: 2')
    await nextTask()
    store.undo()
    expect(editor.value()).toBe('a: 1\n')
    store.updatePack((pack) => setTextFile(pack, 'values.yaml', 'fixed: true\n'), { undoStep: 'own' })
    expect(editor.value()).toBe('fixed: true\n')
    const readsBefore = editor.reads()
    await nextTask()
    expect(storedText()).toBe('fixed: true\n')
    expect(editor.reads()).toBe(readsBefore)
  })

  it('keeps the last keystroke when the model is disposed or the sync stopped before the next task', () => {
    const first = setup()
    first.editor.type('b: 2')
    first.editor.dispose()
    expect(first.storedText()).toBe('a: 1\nb: 2')
    const second = setup()
    second.editor.type('c: 3')
    second.stop()
    expect(second.storedText()).toBe('a: 1\nc: 3')
    second.editor.type('d: 4')
    expect(second.storedText()).toBe('a: 1\nc: 3')
  })

  it('does not bring back a file removed after the keystroke', async () => {
    const { store, editor } = setup()
    editor.type('b: 2')
    store.updatePack((pack) => removeFile(pack, 'values.yaml'), { undoStep: 'own' })
    expect(store.getState().pack.files.has('values.yaml')).toBe(false)
    store.undo()
    expect(readTextFile(store.getState().pack, 'values.yaml')).toBe('a: 1\nb: 2')
    await nextTask()
    expect(readTextFile(store.getState().pack, 'values.yaml')).toBe('a: 1\nb: 2')
  })

  it('catches up at its start: an edit made in the model before it started reaches the store, a store change made meanwhile reaches the model', async () => {
    const store = createPackStore(START_PAGE_STATE, () => 'draft')
    store.replacePack(createPack('p', [['values.yaml', encodeText('a: 1\n')]]), 'author')
    const createdFrom = store.getState().pack.files.get('values.yaml')
    const edited = fakeModel('a: 1\n')
    edited.type('b: 2\n')
    syncModelWithStore(edited.model, store, 'values.yaml', (text) => { edited.replace(text) }, createdFrom)
    await nextTask()
    expect(readTextFile(store.getState().pack, 'values.yaml')).toBe('a: 1\nb: 2\n')

    const stale = fakeModel('a: 1\nb: 2\n')
    const staleFrom = store.getState().pack.files.get('values.yaml')
    store.updatePack((pack) => setTextFile(pack, 'values.yaml', 'fixed: true\n'), { undoStep: 'own' })
    syncModelWithStore(stale.model, store, 'values.yaml', (text) => { stale.replace(text) }, staleFrom)
    expect(stale.value()).toBe('fixed: true\n')
    await nextTask()
    expect(readTextFile(store.getState().pack, 'values.yaml')).toBe('fixed: true\n')
  })
})
