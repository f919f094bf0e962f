import 'fake-indexeddb/auto'
import { set } from 'idb-keyval'
import { afterEach, describe, expect, it } from 'vitest'
import { createPack, encodeText, setTextFile } from '../../core'
import { createDraftRepository, DELETE_UNDO_MS } from './draftRepository'
import type { DraftRepository, DraftSnapshot } from './draftRepository'
import { DRAFT_SCHEMA_VERSION } from './draftRecord'
import { LEGACY_DRAFT_ID, LEGACY_DRAFT_KEY, migrateLegacyDraft } from './legacyDraft'

const chart = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0xff, 0x00, 0x80])
const baseline = createPack('opened-1.0.0', [
  ['pack.json', encodeText('{"name":"opened","displayName":"Opened","version":"1.0.0","layer":"addon"}')],
  ['values.yaml', encodeText('a: 1\n')],
  ['charts/app-1.0.0.tgz', chart],
  ['logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
], { fileName: 'opened-latest.tar.gz', topFolder: 'opened-1.0.0' })
const edited = setTextFile(baseline, 'values.yaml', 'a: 2\n')
const latest = setTextFile(edited, 'values.yaml', 'a: 3\n')
const snapshot: DraftSnapshot = {
  id: 'draft-1', createdAt: 1_000, updatedAt: 2_000, pack: latest, baseline, lintMode: 'import', selectedPath: 'values.yaml',
  past: [baseline, edited], future: [setTextFile(latest, 'values.yaml', 'a: 4\n')], errors: 2,
}

let databaseCount = 0
const repositories: DraftRepository[] = []
const open = (name = `drafts-${++databaseCount}`) => {
  const repository = createDraftRepository(name)
  repositories.push(repository)
  return { repository, name }
}
afterEach(() => { for (const repository of repositories.splice(0)) repository.close() })

const files = (pack: { files: ReadonlyMap<string, Uint8Array> }) => [...pack.files]

describe('draft repository', () => {
  it('brings back every field of a draft, binary files and undo history included, in a fresh connection', async () => {
    const { repository, name } = open()
    await repository.save(snapshot)
    repository.close()
    const loaded = await open(name).repository.load('draft-1')
    if (!loaded.ok) throw new Error(loaded.problem)
    const { draft } = loaded
    expect(draft).toMatchObject({ id: 'draft-1', createdAt: 1_000, updatedAt: 2_000, lintMode: 'import', selectedPath: 'values.yaml', errors: 2 })
    expect(draft.pack.folderName).toBe('opened-1.0.0')
    expect(draft.pack.archive).toEqual({ fileName: 'opened-latest.tar.gz', topFolder: 'opened-1.0.0' })
    expect(files(draft.pack)).toEqual(files(latest))
    expect(files(draft.baseline)).toEqual(files(baseline))
    expect(draft.past.map(files)).toEqual([baseline, edited].map(files))
    expect(draft.future.map(files)).toEqual(snapshot.future.map(files))
  })

  it('stores a file once while its bytes are unchanged, and drops blobs no version uses any more', async () => {
    const { repository, name } = open()
    await repository.save(snapshot)
    await repository.save({ ...snapshot, past: [], future: [] })
    // Unchanged files are shared by the baseline and the current pack; the undo steps' values.yaml are gone.
    const raw = await repository.rawFiles('draft-1')
    expect(raw.map(([path]) => path).sort()).toEqual(['baseline/values.yaml', 'charts/app-1.0.0.tgz', 'logo.png', 'pack.json', 'values.yaml'])
    const reopened = await open(name).repository.load('draft-1')
    expect(reopened.ok && reopened.draft.past).toEqual([])
  })

  it('writes again the bytes of a version whose blob was dropped, when that version comes back (an undo past the stored steps)', async () => {
    const { repository, name } = open()
    await repository.save(snapshot)
    // The undo steps are no longer stored: the blob of edited's values.yaml is deleted.
    await repository.save({ ...snapshot, past: [], future: [] })
    // Undo in memory goes further back than what was stored, to edited: its bytes object is the same.
    await repository.save({ ...snapshot, pack: edited, past: [], future: [] })
    const loaded = await open(name).repository.load('draft-1')
    if (!loaded.ok) throw new Error(loaded.problem)
    expect(loaded.draft.pack.files.get('values.yaml')).toEqual(encodeText('a: 2\n'))
  })

  it('saves started while others are under way all land, in order, and a later save drops the blobs none of them uses', async () => {
    const { repository, name } = open()
    await repository.save({ ...snapshot, past: [], future: [] })
    // Three keystrokes' writes, each begun before the one before it ended (autosave does not wait).
    const typed = ['a: 5\n', 'a: 6\n', 'a: 7\n'].map((text) => ({ ...snapshot, pack: setTextFile(latest, 'values.yaml', text), past: [], future: [] }))
    await Promise.all(typed.map((draft) => repository.save(draft)))
    const loaded = await open(name).repository.load('draft-1')
    expect(loaded.ok && loaded.draft.pack.files.get('values.yaml')).toEqual(encodeText('a: 7\n'))
    // Overlapping saves leave the blobs of a: 5 and a: 6 for the next save that runs alone.
    expect((await repository.rawFiles('draft-1')).filter(([path]) => path.startsWith('unnamed/'))).toHaveLength(2)
    await repository.save({ ...snapshot, pack: setTextFile(latest, 'values.yaml', 'a: 8\n'), past: [], future: [] })
    const raw = await repository.rawFiles('draft-1')
    expect(raw.map(([path]) => path).sort()).toEqual(['baseline/values.yaml', 'charts/app-1.0.0.tgz', 'logo.png', 'pack.json', 'values.yaml'])
    expect(raw.find(([path]) => path === 'values.yaml')?.[1]).toEqual(encodeText('a: 8\n'))
  })

  it('lists drafts newest first with their summary and logo, and hides a deleted draft until restored', async () => {
    const { repository } = open()
    await repository.save(snapshot)
    await repository.save({ ...snapshot, id: 'draft-2', updatedAt: 3_000, pack: createPack('', [['pack.json', encodeText('{"name":"second"}')]]), errors: undefined })
    const listed = await repository.list()
    expect(listed.map((draft) => draft.id)).toEqual(['draft-2', 'draft-1'])
    expect(listed[1]).toMatchObject({ readable: true, summary: { name: 'opened', displayName: 'Opened', version: '1.0.0', layer: 'addon', errors: 2 }, logo: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) })
    expect(listed[0]).toMatchObject({ readable: true, summary: { name: 'second', errors: undefined }, logo: undefined })
    await repository.remove('draft-1')
    expect((await repository.list()).map((draft) => draft.id)).toEqual(['draft-2'])
    await repository.restore('draft-1')
    expect((await repository.list()).map((draft) => draft.id)).toEqual(['draft-2', 'draft-1'])
    await repository.rename('draft-1', ' My draft ')
    await repository.save(snapshot)
    expect((await repository.list())[1]).toMatchObject({ id: 'draft-1', label: 'My draft', updatedAt: 2_000 })
  })

  it('purges a draft deleted longer ago than the undo window', async () => {
    const { repository } = open()
    await repository.save(snapshot)
    await repository.putRecord({ ...(await rawRecord(repository)), deletedAt: Date.now() - DELETE_UNDO_MS - 1 }, new Map())
    expect(await repository.list()).toEqual([])
    expect(await repository.rawFiles('draft-1')).toEqual([])
  })

  it('reports a record it cannot decode, and still hands out its raw files', async () => {
    const { repository } = open()
    await repository.save(snapshot)
    await repository.putRecord({ ...(await rawRecord(repository)), lintMode: 'strict' }, new Map())
    await repository.putRecord({ schema: DRAFT_SCHEMA_VERSION + 1, id: 'from-the-future', updatedAt: 5 }, new Map([['from-the-future:x', encodeText('kept')]]))
    await repository.putRecord('garbage', new Map())
    const listed = await repository.list()
    expect(listed).toContainEqual({ id: 'draft-1', readable: false, updatedAt: 2_000, problem: 'unknown lint mode "strict"' })
    expect(listed).toContainEqual({ id: 'from-the-future', readable: false, updatedAt: 5, problem: `it was saved by a newer Pack Builder (format ${DRAFT_SCHEMA_VERSION + 1})` })
    expect(await repository.load('draft-1')).toEqual({ ok: false, problem: 'unknown lint mode "strict"' })
    expect(await repository.rawFiles('from-the-future')).toEqual([['unnamed/x.bin', encodeText('kept')]])
    expect((await repository.rawFiles('draft-1')).find(([path]) => path === 'charts/app-1.0.0.tgz')?.[1]).toEqual(chart)
  })

  it('says which file is missing when a blob is gone', async () => {
    const { repository } = open()
    await repository.save(snapshot)
    const record = await rawRecord(repository)
    await repository.putRecord({ ...record, files: [...record.files, ['manifests/gone.yaml', 'draft-1:nothing']] }, new Map())
    expect(await repository.load('draft-1')).toEqual({ ok: false, problem: 'the stored bytes of manifests/gone.yaml (current) are missing' })
  })
})

describe('migration from the single-draft format', () => {
  it('makes the draft kept under the old key the first draft, and removes the old key', async () => {
    const { repository } = open()
    const files: [string, Uint8Array][] = [['pack.json', encodeText('{"name":"old"}')], ['logo.png', new Uint8Array([1, 2, 3])]]
    await set(LEGACY_DRAFT_KEY, { folderName: 'old-1.0.0', files, selectedPath: 'logo.png' })
    expect(await migrateLegacyDraft(repository, 42)).toBe(LEGACY_DRAFT_ID)
    expect((await repository.list()).map((draft) => draft.id)).toEqual([LEGACY_DRAFT_ID])
    const loaded = await repository.load(LEGACY_DRAFT_ID)
    if (!loaded.ok) throw new Error(loaded.problem)
    expect(loaded.draft).toMatchObject({ createdAt: 42, lintMode: 'author', selectedPath: 'logo.png', past: [], future: [] })
    expect(files).toEqual([...loaded.draft.pack.files])
    expect([...loaded.draft.baseline.files]).toEqual(files)
    expect(await migrateLegacyDraft(repository)).toBeUndefined()
  })

  it('leaves a value under the old key alone when it is not a draft', async () => {
    const { repository } = open()
    await set(LEGACY_DRAFT_KEY, { folderName: 1 })
    expect(await migrateLegacyDraft(repository)).toBeUndefined()
    expect(await repository.list()).toEqual([])
  })
})

async function rawRecord(repository: DraftRepository): Promise<{ files: [string, string][] } & Record<string, unknown>> {
  const record = await repository.getRecord('draft-1')
  if (typeof record !== 'object' || record === null) throw new Error('no record')
  return record as { files: [string, string][] } & Record<string, unknown>
}
