import { describe, expect, it, vi } from 'vitest'
import { createPack, encodeText, setTextFile } from '../../core'
import { createPackStore, START_PAGE_STATE } from './packStore'

const start = createPack('p', [['pack.json', encodeText('{}')], ['values.yaml', encodeText('')]])
const store = () => {
  let count = 0
  const s = createPackStore(START_PAGE_STATE, () => `draft-${++count}`)
  s.replacePack(start, 'author')
  s.selectFile('values.yaml')
  return s
}

describe('packStore undo/redo', () => {
  it('merges quick edits into one step and undoes and redoes them', () => {
    vi.useFakeTimers()
    const s = store()
    s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'a'))
    vi.advanceTimersByTime(200)
    s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'ab'))
    vi.advanceTimersByTime(2000)
    s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'abc'))
    expect(s.getHistory()).toEqual({ canUndo: true, canRedo: false })
    s.undo()
    expect(s.getState().pack.files.get('values.yaml')).toEqual(encodeText('ab'))
    s.undo()
    expect(s.getState().pack).toBe(start)
    expect(s.getHistory()).toEqual({ canUndo: false, canRedo: true })
    s.redo()
    expect(s.getState().pack.files.get('values.yaml')).toEqual(encodeText('ab'))
    vi.useRealTimers()
  })

  it('a new edit clears the redo steps', () => {
    const s = store()
    s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'x'))
    s.undo()
    s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'y'))
    expect(s.getHistory().canRedo).toBe(false)
  })
})

describe('packStore drafts', () => {
  it('makes every arriving pack a new draft with its own baseline and history, never replacing the open one', () => {
    const s = store()
    s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'edited'))
    const first = s.getDraft()
    const opened = createPack('q', [['pack.json', encodeText('{"name":"q"}')]])
    s.replacePack(opened, 'import')
    expect(s.getState()).toMatchObject({ draftId: 'draft-2', pack: opened, baseline: opened, lintMode: 'import', selectedPath: 'pack.json', mainView: 'file' })
    expect(s.getHistory()).toEqual({ canUndo: false, canRedo: false })
    if (first === undefined) throw new Error('no draft')
    s.openDraft(first)
    expect(s.getState()).toMatchObject({ draftId: 'draft-1', baseline: start, lintMode: 'author', selectedPath: 'values.yaml' })
    expect(s.getState().pack.files.get('values.yaml')).toEqual(encodeText('edited'))
    s.undo()
    expect(s.getState().pack).toBe(start)
  })

  it('reverts one file to the baseline as an undoable step, removing a file the baseline lacks', () => {
    const s = store()
    s.updatePack((pack) => setTextFile(setTextFile(pack, 'values.yaml', 'x'), 'README.md', '# new'))
    s.revertFile('values.yaml')
    expect(s.getState().pack.files.get('values.yaml')).toBe(start.files.get('values.yaml'))
    s.revertFile('README.md')
    expect(s.getState().pack.files.has('README.md')).toBe(false)
    s.undo()
    expect(s.getState().pack.files.has('README.md')).toBe(true)
  })

  it('refuses edits while read-only and on the start page', () => {
    const s = store()
    s.setReadOnly('Another tab is editing this draft.')
    s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'lost?'))
    s.setLintMode('import')
    expect(s.getState()).toMatchObject({ pack: start, lintMode: 'author' })
    s.closeDraft()
    expect(s.getState()).toBe(START_PAGE_STATE)
    expect(s.getDraft()).toBeUndefined()
    s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'x'))
    expect(s.getState()).toBe(START_PAGE_STATE)
  })
})

describe('packStore undo steps of their own', () => {
  it('keeps an own-step edit apart from the typing before and after it', () => {
    const s = store()
    s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'typed'))
    s.updatePack((pack) => setTextFile(setTextFile(pack, 'values.yaml', 'fixed'), 'pack.json', '{"fixed":true}'), { undoStep: 'own' })
    s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'fixed, typed'))
    s.undo()
    expect(s.getState().pack.files.get('values.yaml')).toEqual(encodeText('fixed'))
    s.undo()
    expect(s.getState().pack.files.get('values.yaml')).toEqual(encodeText('typed'))
    expect(s.getState().pack.files.get('pack.json')).toEqual(encodeText('{}'))
  })
})

describe('packStore pending edits (an editor hands its keystrokes over in a task of its own)', () => {
  const typed = (s: ReturnType<typeof store>, text: string) => () => { s.updatePack((pack) => setTextFile(pack, 'values.yaml', text)) }

  it('applies a pending edit before an edit of another file builds on the pack', () => {
    const s = store()
    s.deferEdit(typed(s, 'typed'))
    expect(s.getState().pack).toBe(start)
    s.updatePack((pack) => setTextFile(pack, 'pack.json', '{"name":"x"}'))
    expect(s.getState().pack.files.get('values.yaml')).toEqual(encodeText('typed'))
    expect(s.getState().pack.files.get('pack.json')).toEqual(encodeText('{"name":"x"}'))
  })

  it('applies it before undo, so undo takes back the typing and not the step before it', () => {
    const s = store()
    s.updatePack((pack) => setTextFile(pack, 'pack.json', '{"own":1}'), { undoStep: 'own' })
    s.deferEdit(typed(s, 'typed'))
    s.undo()
    expect(s.getState().pack.files.get('values.yaml')).toEqual(encodeText(''))
    expect(s.getState().pack.files.get('pack.json')).toEqual(encodeText('{"own":1}'))
    s.redo()
    expect(s.getState().pack.files.get('values.yaml')).toEqual(encodeText('typed'))
  })

  it('applies it before the draft is read for saving and before another draft opens', () => {
    const s = store()
    s.deferEdit(typed(s, 'saved'))
    expect(s.getDraft()?.pack.files.get('values.yaml')).toEqual(encodeText('saved'))
    s.deferEdit(typed(s, 'saved, then switched'))
    const first = s.getState().draftId
    s.replacePack(createPack('q', [['pack.json', encodeText('{}')]]), 'import')
    expect(s.getState().draftId).not.toBe(first)
    expect(s.getState().pack.files.has('values.yaml')).toBe(false)
    s.undo()
    expect(s.getHistory().canUndo).toBe(false)
  })

  it('applies each pending edit once, in order, and applyPendingEdits with none pending changes nothing', () => {
    const s = store()
    const applied: string[] = []
    s.deferEdit(() => { applied.push('first') })
    s.deferEdit(() => { applied.push('second') })
    s.applyPendingEdits()
    s.applyPendingEdits()
    s.selectFile('pack.json')
    expect(applied).toEqual(['first', 'second'])
    const before = s.getState()
    s.applyPendingEdits()
    expect(s.getState()).toBe(before)
  })

  it('currentPack hands an action the pack with the editor\'s pending edit, while getState still has the older one', () => {
    const s = store()
    s.deferEdit(() => { s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'typed: true')) })
    expect(s.getState().pack).toBe(start)
    const pack = s.currentPack()
    expect(pack.files.get('values.yaml')).toEqual(encodeText('typed: true'))
    expect(s.getState().pack).toBe(pack)
    expect(s.currentPack()).toBe(pack)
  })
})
