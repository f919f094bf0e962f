import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { createPack, encodeText } from '../../core'
import { createDraftRepository } from './draftRepository'
import type { DraftSnapshot } from './draftRepository'
import { DRAFT_SCHEMA_VERSION, openDraftsDatabaseEarly, takeEarlyConnection } from './draftsDatabase'

const pack = createPack('early-1.0.0', [['pack.json', encodeText('{"name":"early"}')], ['values.yaml', encodeText('a: 1\n')]])
const snapshot: DraftSnapshot = {
  id: 'draft-early', createdAt: 1, updatedAt: 2, pack, baseline: pack, lintMode: 'author', selectedPath: 'values.yaml', past: [], future: [], errors: 0,
}
let count = 0
const freshName = () => `early-drafts-${String(++count)}`

describe('the drafts database opened early by the page entry', () => {
  it('is adopted by the repository: the draft is stored and read through it, and it is taken only once', async () => {
    const name = freshName()
    const setUp = createDraftRepository(name)
    await setUp.save(snapshot)
    setUp.close()

    openDraftsDatabaseEarly(name)
    const repository = createDraftRepository(name)
    const loaded = await repository.load('draft-early')
    expect(loaded.ok && [...loaded.draft.pack.files]).toEqual([...pack.files])
    expect(takeEarlyConnection(name)).toBeUndefined()
    repository.close()
  })

  it('creates the stores of a database that does not exist yet, as the repository\'s own open does', async () => {
    const name = freshName()
    openDraftsDatabaseEarly(name)
    const repository = createDraftRepository(name)
    await repository.save(snapshot)
    expect((await repository.load('draft-early')).ok).toBe(true)
    repository.close()
    const database = await openDB(name, DRAFT_SCHEMA_VERSION)
    expect([...database.objectStoreNames].sort()).toEqual(['blobs', 'drafts'])
    database.close()
  })

  it('is given to the repository of its own database only', async () => {
    const name = freshName()
    openDraftsDatabaseEarly(name)
    const other = createDraftRepository(freshName())
    await other.save(snapshot)
    other.close()
    const connection = takeEarlyConnection(name)
    expect(connection).toBeDefined()
    ;(await connection)?.close()
  })

  it('left untaken, gives way to another page upgrading the database instead of blocking it', async () => {
    const name = freshName()
    openDraftsDatabaseEarly(name)
    const untaken = await takeEarlyConnection(name)
    const upgraded = await openDB(name, DRAFT_SCHEMA_VERSION + 1)
    expect(upgraded.version).toBe(DRAFT_SCHEMA_VERSION + 1)
    upgraded.close()
    untaken?.close()
  })
})
