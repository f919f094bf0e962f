import { describe, expect, it } from 'vitest'
import { createPack, encodeText, setTextFile } from '../../core'
import { createDraftAutosave } from './draftAutosave'
import type { DraftRepository, DraftSnapshot } from './draftRepository'
import { nextTask } from './nextTask'
import { createPackStore } from './packStore'

const pack = createPack('p', [['pack.json', encodeText('{}')], ['values.yaml', encodeText('')]])

/** A repository that records saves and fails them while `failWith` is set. */
function recordingRepository() {
  const saved: DraftSnapshot[] = []
  let failWith: Error | undefined
  const repository = {
    save: (draft: DraftSnapshot) => {
      if (failWith !== undefined) return Promise.reject(failWith)
      saved.push(draft)
      return Promise.resolve()
    },
  } as unknown as DraftRepository
  return { repository, saved, fail: (error: Error | undefined) => { failWith = error } }
}

describe('draft autosave', () => {
  it('writes a new draft in the next task, and a burst of edits before that task as one write of the latest state', async () => {
    const { repository, saved } = recordingRepository()
    const store = createPackStore()
    const autosave = createDraftAutosave(repository, store, { onSaved: () => undefined, onFailed: () => undefined })
    store.replacePack(pack, 'author')
    await nextTask()
    expect(saved.map((draft) => draft.pack.files.get('values.yaml'))).toEqual([encodeText('')])
    for (const text of ['a', 'ab', 'abc']) store.updatePack((current) => setTextFile(current, 'values.yaml', text))
    await autosave.flush()
    expect(saved.map((draft) => draft.pack.files.get('values.yaml'))).toEqual([encodeText(''), encodeText('abc')])
  })

  it('while a write is under way, the edits made meanwhile wait and become one write of the latest version when it ends', async () => {
    const started: string[] = []
    const releases: (() => void)[] = []
    const repository = {
      save: (draft: DraftSnapshot) => {
        started.push(new TextDecoder().decode(draft.pack.files.get('values.yaml')))
        return new Promise<void>((resolve) => { releases.push(resolve) })
      },
    } as unknown as DraftRepository
    const store = createPackStore()
    const autosave = createDraftAutosave(repository, store, { onSaved: () => undefined, onFailed: () => undefined })
    store.replacePack(pack, 'author')
    await nextTask()
    for (const text of ['a', 'ab', 'abc']) {
      store.updatePack((current) => setTextFile(current, 'values.yaml', text))
      await nextTask()
    }
    expect(started).toEqual([''])
    let flushed = false
    const flushing = autosave.flush().then(() => { flushed = true })
    releases.shift()?.()
    await nextTask()
    expect(started).toEqual(['', 'abc'])
    expect(flushed).toBe(false)
    releases.shift()?.()
    await flushing
    expect(flushed).toBe(true)
  })

  it('reports a failed write (a full disk) and keeps the draft in memory; the next edit is written again', async () => {
    const { repository, saved, fail } = recordingRepository()
    const failures: unknown[] = []
    const store = createPackStore()
    const autosave = createDraftAutosave(repository, store, { onSaved: () => undefined, onFailed: (error) => { failures.push(error) } })
    const quota = new DOMException('Quota exceeded.', 'QuotaExceededError')
    fail(quota)
    store.replacePack(pack, 'author')
    await autosave.flush()
    expect(failures).toEqual([quota])
    expect(store.getState().pack).toBe(pack)
    fail(undefined)
    store.updatePack((current) => setTextFile(current, 'values.yaml', 'kept'))
    await autosave.flush()
    expect(saved.at(-1)?.pack.files.get('values.yaml')).toEqual(encodeText('kept'))
  })

  it('writes nothing while the draft is read-only (another tab edits it)', async () => {
    const { repository, saved } = recordingRepository()
    const store = createPackStore()
    const autosave = createDraftAutosave(repository, store, { onSaved: () => undefined, onFailed: () => undefined })
    store.openDraft({ id: 'd', createdAt: 1, updatedAt: 1, pack, baseline: pack, lintMode: 'author', selectedPath: 'pack.json', past: [], future: [] }, 'busy')
    store.selectFile('values.yaml')
    await autosave.flush()
    expect(saved).toEqual([])
  })

  it('starts each write in a task of its own right after the edit, not inside the edit\'s task', async () => {
    const { repository, saved } = recordingRepository()
    const store = createPackStore()
    const autosave = createDraftAutosave(repository, store, { onSaved: () => undefined, onFailed: () => undefined })
    store.replacePack(pack, 'author')
    await autosave.flush()
    store.updatePack((current) => setTextFile(current, 'values.yaml', 'typed'))
    // Promise callbacks still run inside the edit's task: the write has not started.
    for (let turn = 0; turn < 5; turn++) await Promise.resolve()
    expect(saved).toHaveLength(1)
    await nextTask()
    await nextTask()
    expect(saved.map((draft) => draft.pack.files.get('values.yaml'))).toEqual([encodeText(''), encodeText('typed')])
  })

  it('tells which text files no finished write holds yet, pending editor edits included, and nothing once they are stored', async () => {
    const { repository } = recordingRepository()
    const store = createPackStore()
    const autosave = createDraftAutosave(repository, store, { onSaved: () => undefined, onFailed: () => undefined })
    store.replacePack(pack, 'author')
    // A new draft's first write has not finished: there is no stored version to recover over.
    expect(autosave.unsavedEdits()).toBeUndefined()
    await autosave.flush()
    store.updatePack((current) => setTextFile(current, 'values.yaml', 'a: 1'))
    store.deferEdit(() => { store.updatePack((current) => setTextFile(current, 'values.yaml', 'a: 12')) })
    const unsaved = autosave.unsavedEdits()
    expect(unsaved).toEqual({ draftId: store.getState().draftId, updatedAt: store.getDraft()?.updatedAt, files: [['values.yaml', 'a: 12']] })
    await autosave.flush()
    expect(autosave.unsavedEdits()).toBeUndefined()
  })
})
