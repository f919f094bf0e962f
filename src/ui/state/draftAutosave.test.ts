import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPack, encodeText, setTextFile } from '../../core'
import { AUTOSAVE_BURST_GAP_MS, AUTOSAVE_MAX_DELAY_MS, AUTOSAVE_QUIET_MS, createDraftAutosave } from './draftAutosave'
import type { DraftRepository, DraftSnapshot } from './draftRepository'
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
  it('writes a new draft at once, then only the latest state after a burst of edits', async () => {
    const { repository, saved } = recordingRepository()
    const store = createPackStore()
    const autosave = createDraftAutosave(repository, store, { onSaved: () => undefined, onFailed: () => undefined })
    store.replacePack(pack, 'author')
    for (const text of ['a', 'ab', 'abc']) store.updatePack((current) => setTextFile(current, 'values.yaml', text))
    await autosave.flush()
    expect(saved.map((draft) => draft.pack.files.get('values.yaml'))).toEqual([encodeText(''), encodeText('abc')])
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

  describe('while the user types', () => {
    afterEach(() => { vi.useRealTimers() })
    const values = (draft: DraftSnapshot | undefined) => draft?.pack.files.get('values.yaml')
    // Lets the recording repository's promise chain (save, then onSaved, then finally) run.
    const settle = () => vi.advanceTimersByTimeAsync(0)

    it('writes nothing per keystroke, and the latest text once the typing pauses', async () => {
      vi.useFakeTimers()
      const { repository, saved } = recordingRepository()
      const store = createPackStore()
      createDraftAutosave(repository, store, { onSaved: () => undefined, onFailed: () => undefined })
      store.replacePack(pack, 'author')
      await settle()
      expect(saved).toHaveLength(1)
      for (const text of ['a', 'ab', 'abc']) {
        store.updatePack((current) => setTextFile(current, 'values.yaml', text))
        await vi.advanceTimersByTimeAsync(AUTOSAVE_BURST_GAP_MS / 2)
      }
      expect(saved).toHaveLength(1)
      await vi.advanceTimersByTimeAsync(AUTOSAVE_QUIET_MS)
      expect(saved.map(values)).toEqual([encodeText(''), encodeText('abc')])
    })

    it('writes the first edit after a quiet time at once, so a reload right after it loses nothing', async () => {
      vi.useFakeTimers()
      const { repository, saved } = recordingRepository()
      const store = createPackStore()
      createDraftAutosave(repository, store, { onSaved: () => undefined, onFailed: () => undefined })
      store.replacePack(pack, 'author')
      await settle()
      await vi.advanceTimersByTimeAsync(AUTOSAVE_BURST_GAP_MS)
      store.updatePack((current) => setTextFile(current, 'values.yaml', 'one edit'))
      await settle()
      expect(saved.map(values)).toEqual([encodeText(''), encodeText('one edit')])
    })

    it('still writes while typing never pauses, at the latest every AUTOSAVE_MAX_DELAY_MS', async () => {
      vi.useFakeTimers()
      const { repository, saved } = recordingRepository()
      const store = createPackStore()
      createDraftAutosave(repository, store, { onSaved: () => undefined, onFailed: () => undefined })
      store.replacePack(pack, 'author')
      await settle()
      const step = AUTOSAVE_QUIET_MS / 4
      let text = ''
      for (let elapsed = 0; elapsed < AUTOSAVE_MAX_DELAY_MS; elapsed += step) {
        text += 'x'
        const typed = text
        store.updatePack((current) => setTextFile(current, 'values.yaml', typed))
        await vi.advanceTimersByTimeAsync(step)
      }
      expect(saved).toHaveLength(2)
      expect(saved.at(-1)?.pack.files.get('values.yaml')?.length).toBeGreaterThan(AUTOSAVE_MAX_DELAY_MS / step - 2)
    })

    it('writes the draft being left at once when another one opens, and flush writes what waits', async () => {
      vi.useFakeTimers()
      const { repository, saved } = recordingRepository()
      const store = createPackStore()
      const autosave = createDraftAutosave(repository, store, { onSaved: () => undefined, onFailed: () => undefined })
      store.replacePack(pack, 'author')
      await settle()
      const first = store.getState().draftId
      store.updatePack((current) => setTextFile(current, 'values.yaml', 'left behind'))
      store.replacePack(pack, 'import')
      await settle()
      await settle()
      expect(saved.map((draft) => [draft.id === first, new TextDecoder().decode(values(draft))])).toEqual([[true, ''], [true, 'left behind'], [false, '']])
      store.updatePack((current) => setTextFile(current, 'values.yaml', 'flushed'))
      await autosave.flush()
      expect(values(saved.at(-1))).toEqual(encodeText('flushed'))
    })
  })
})
