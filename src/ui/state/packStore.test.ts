import { describe, expect, it, vi } from 'vitest'
import { createPack, encodeText, setTextFile } from '../../core'
import { createPackStore } from './packStore'

const start = createPack('p', [['pack.json', encodeText('{}')], ['values.yaml', encodeText('')]])
const store = () => createPackStore({ pack: start, selectedPath: 'values.yaml', reveal: undefined, lintMode: 'author' })

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

  it('makes replacing the pack undoable, and falls back to pack.json when the selected file is gone', () => {
    const s = store()
    s.replacePack(createPack('q', [['pack.json', encodeText('{"name":"q"}')]]), 'import')
    expect(s.getState().lintMode).toBe('import')
    s.selectFile('pack.json')
    s.undo()
    expect(s.getState().pack).toBe(start)
    s.redo()
    s.selectFile('values.yaml')
    s.undo()
    s.redo()
    expect(s.getState().selectedPath).toBe('pack.json')
  })

  it('a new edit clears the redo steps', () => {
    const s = store()
    s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'x'))
    s.undo()
    s.updatePack((pack) => setTextFile(pack, 'values.yaml', 'y'))
    expect(s.getHistory().canRedo).toBe(false)
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
