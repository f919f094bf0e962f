import { describe, expect, it } from 'vitest'
import { applyFileDiff, diffFiles } from './lintProtocol'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('lint request file diffs', () => {
  it('sends only new or changed files and lets the worker keep the bytes it has', () => {
    const chart = bytes('chart')
    const first = new Map([['values.yaml', bytes('a: 1')], ['charts/x.tgz', chart]])
    const held = applyFileDiff(new Map(), diffFiles(new Map(), first))
    expect([...held]).toEqual([...first])

    const values = bytes('a: 2')
    const second = new Map([['values.yaml', values], ['charts/x.tgz', chart], ['README.md', bytes('#')]])
    const diff = diffFiles(first, second)
    expect(diff.changed.map(([path]) => path)).toEqual(['values.yaml', 'README.md'])
    const next = applyFileDiff(held, diff)
    expect(next.get('charts/x.tgz')).toBe(held.get('charts/x.tgz'))
    expect(next.get('values.yaml')).toBe(values)
    expect([...next.keys()]).toEqual(['values.yaml', 'charts/x.tgz', 'README.md'])
  })

  it('drops removed files', () => {
    const held = new Map([['a', bytes('1')], ['b', bytes('2')]])
    expect([...applyFileDiff(held, diffFiles(held, new Map([['b', held.get('b') ?? bytes('')]]))).keys()]).toEqual(['b'])
  })
})
