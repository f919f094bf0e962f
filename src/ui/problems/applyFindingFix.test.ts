import { describe, expect, it } from 'vitest'
import { createPack, encodeText, readTextFile } from '../../core'
import type { FixDescriptor } from '../../core'
import { createPackStore, START_PAGE_STATE } from '../state/packStore'
import { applyFindingFix, applyFindingFixes } from './applyFindingFix'

const TABBED = 'pack:\n\tnamespace: a\n\tcontent: {}\n'
const tab = (line: number): FixDescriptor => ({ ruleId: 'pack-values/indentation', fixId: 'tabs-to-spaces', title: 'Replace the tab with two spaces', safe: true, args: { lines: [line] } })
const store = () => {
  const s = createPackStore(START_PAGE_STATE)
  s.replacePack(createPack('p', [['pack.json', encodeText('{}\n')], ['values.yaml', encodeText(TABBED)]]), 'author')
  s.selectFile('values.yaml')
  return s
}

describe('applying fixes in the app', () => {
  it('applies all fixes of a kind as one undo step, apart from the typing before it', () => {
    const s = store()
    s.updatePack((pack) => ({ ...pack, files: new Map([...pack.files, ['README.md', encodeText('# typed\n')]]) }))
    expect(applyFindingFixes(s, [tab(2), tab(3)])).toBeUndefined()
    expect(readTextFile(s.getState().pack, 'values.yaml')).toBe('pack:\n  namespace: a\n  content: {}\n')
    s.undo()
    expect(readTextFile(s.getState().pack, 'values.yaml')).toBe(TABBED)
    expect(readTextFile(s.getState().pack, 'README.md')).toBe('# typed\n')
  })

  it('says why a fix cannot be applied instead of throwing', async () => {
    const s = store()
    const before = s.getState().pack
    expect(await applyFindingFix(s, { ruleId: 'nope/gone', fixId: 'x', title: 'Do it', safe: true, args: {} })).toBe('Could not apply "Do it": The rule nope/gone has no fix "x".')
    expect(await applyFindingFix(s, { ruleId: 'files/other', fixId: 'x', title: 'Paint it', safe: true, browserOnly: true, args: {} })).toBe('"Paint it" is not available here.')
    expect(s.getState().pack).toBe(before)
  })
})
