import { describe, expect, it } from 'vitest'
import { createPack, removeFile, renameFile, setFile, setTextFile } from './pack'
import { changedPaths, packChanges } from './packChanges'
import { encodeText } from '../text/encoding'

const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe])
const baseline = createPack('demo', [
  ['pack.json', encodeText('{"name":"demo"}')],
  ['values.yaml', encodeText('a: 1\n')],
  ['logo.png', binary],
  ['README.md', encodeText('# Demo\n')],
])

describe('packChanges', () => {
  it('is empty for the baseline itself and for files rewritten with the same bytes', () => {
    expect(packChanges(baseline, baseline)).toEqual([])
    expect(packChanges(baseline, setFile(baseline, 'values.yaml', encodeText('a: 1\n')))).toEqual([])
  })

  it('lists added, removed and modified files sorted by path, with both sides', () => {
    let current = setTextFile(baseline, 'values.yaml', 'a: 2\n')
    current = removeFile(current, 'README.md')
    current = setTextFile(current, 'manifests/app.yaml', 'kind: A\n')
    current = setFile(current, 'logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]))
    expect(packChanges(baseline, current)).toEqual([
      { path: 'README.md', kind: 'removed', text: true, baseline: encodeText('# Demo\n'), current: undefined },
      { path: 'logo.png', kind: 'modified', text: false, baseline: binary, current: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]) },
      { path: 'manifests/app.yaml', kind: 'added', text: true, baseline: undefined, current: encodeText('kind: A\n') },
      { path: 'values.yaml', kind: 'modified', text: true, baseline: encodeText('a: 1\n'), current: encodeText('a: 2\n') },
    ])
  })

  it('sees a rename as a removal and an addition', () => {
    expect(changedPaths(baseline, renameFile(baseline, 'README.md', 'docs.md'))).toEqual(new Map([['README.md', 'removed'], ['docs.md', 'added']]))
  })

  it('gives the same paths and kinds as packChanges, also when the same bytes are compared with another baseline', () => {
    let current = setTextFile(baseline, 'values.yaml', 'a: 2\n')
    current = removeFile(current, 'README.md')
    current = setTextFile(current, 'manifests/app.yaml', 'kind: A\n')
    expect(changedPaths(baseline, current)).toEqual(new Map(packChanges(baseline, current).map((change) => [change.path, change.kind])))
    expect([...changedPaths(baseline, current)]).toEqual([['README.md', 'removed'], ['manifests/app.yaml', 'added'], ['values.yaml', 'modified']])
    // The remembered answer belongs to one baseline: against a baseline holding these very bytes, nothing changed.
    expect(changedPaths(current, current)).toEqual(new Map())
    expect(changedPaths(setFile(current, 'values.yaml', encodeText('a: 2\n')), current)).toEqual(new Map())
    expect(changedPaths(baseline, current).get('values.yaml')).toBe('modified')
  })

  it('marks a text file that became binary as not text', () => {
    const [change] = packChanges(baseline, setFile(baseline, 'values.yaml', binary))
    expect(change).toMatchObject({ path: 'values.yaml', kind: 'modified', text: false })
  })
})
