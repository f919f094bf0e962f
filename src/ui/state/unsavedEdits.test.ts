import { describe, expect, it } from 'vitest'
import { createPack, encodeText, readTextFile, setFile, setTextFile } from '../../core'
import { applyUnsavedEdits, keepUnsavedEdits, takeUnsavedEdits, unsavedTextFiles } from './unsavedEdits'

const stored = createPack('p', [['pack.json', encodeText('{}')], ['values.yaml', encodeText('a: 1\n')], ['logo.png', new Uint8Array([0x89, 0xff])]])

/** sessionStorage as a Map; `broken` makes every call throw, as storage does in some private modes. */
function memoryStorage(broken = false): Storage {
  const items = new Map<string, string>()
  const check = () => { if (broken) throw new DOMException('The operation is insecure.', 'SecurityError') }
  return {
    get length() { return items.size },
    clear: () => { items.clear() },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => { check(); return items.get(key) ?? null },
    setItem: (key, value) => { check(); items.set(key, value) },
    removeItem: (key) => { check(); items.delete(key) },
  }
}

describe('unsaved edits', () => {
  it('lists only the text files whose bytes are not the stored ones, binary files left out', () => {
    const current = setFile(setTextFile(setTextFile(stored, 'values.yaml', 'a: 2\n'), 'README.md', '# new'), 'logo.png', new Uint8Array([1, 2, 0xff]))
    expect(unsavedTextFiles(stored, current)).toEqual([['values.yaml', 'a: 2\n'], ['README.md', '# new']])
    expect(unsavedTextFiles(stored, stored)).toEqual([])
  })

  it('survives a round trip through storage and is read once', () => {
    const storage = memoryStorage()
    const edits = { draftId: 'd1', updatedAt: 42, files: [['values.yaml', 'a: 2 # typed\n']] as const }
    keepUnsavedEdits(() => storage, edits)
    expect(takeUnsavedEdits(() => storage)).toEqual(edits)
    expect(takeUnsavedEdits(() => storage)).toBeUndefined()
    const applied = applyUnsavedEdits(stored, edits)
    expect(readTextFile(applied, 'values.yaml')).toBe('a: 2 # typed\n')
    expect(applied.files.get('logo.png')).toBe(stored.files.get('logo.png'))
  })

  it('removes the journal when nothing is unsaved, ignores damaged or foreign values, and never throws when storage does', () => {
    const storage = memoryStorage()
    keepUnsavedEdits(() => storage, { draftId: 'd1', updatedAt: 1, files: [['values.yaml', 'x']] })
    keepUnsavedEdits(() => storage, undefined)
    expect(takeUnsavedEdits(() => storage)).toBeUndefined()
    for (const raw of ['{"draftId":"d1","updatedAt":"soon","files":[]}', '{"draftId":"d1","updatedAt":1,"files":[["values.yaml",3]]}', '[]']) {
      storage.setItem('pack-builder:unsaved-edits', raw)
      expect(takeUnsavedEdits(() => storage)).toBeUndefined()
    }
    const broken = memoryStorage(true)
    expect(() => { keepUnsavedEdits(() => broken, { draftId: 'd1', updatedAt: 1, files: [['values.yaml', 'x']] }) }).not.toThrow()
    expect(takeUnsavedEdits(() => broken)).toBeUndefined()
  })
})
