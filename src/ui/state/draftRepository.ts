import { openDB, unwrap, wrap } from 'idb'
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb'
import { createPack } from '../../core/pack/pack'
import type { LintMode, Pack } from '../../core'
import { decodeDraftRecord, DRAFT_SCHEMA_VERSION } from './draftRecord'
import { takeEarlyConnection, upgradeDraftsDatabase } from './draftsDatabase'
import type { DraftRecord, DraftSummary, FileRefs } from './draftRecord'

/** Everything a draft is: what the store holds for the open draft, and what a reload must bring back. */
export interface DraftSnapshot {
  readonly id: string
  readonly createdAt: number
  /** When the pack (or its lint mode) last changed: "last edited" on the start page. */
  readonly updatedAt: number
  readonly pack: Pack
  readonly baseline: Pack
  readonly lintMode: LintMode
  readonly selectedPath: string
  readonly past: readonly Pack[]
  readonly future: readonly Pack[]
  readonly errors: number | undefined
}

/** A draft as the start page lists it: readable (with its summary and logo) or not (with the reason). */
export type DraftListing =
  | { readonly id: string; readonly readable: true; readonly updatedAt: number; readonly label: string | undefined; readonly summary: DraftSummary; readonly logo: Uint8Array | undefined }
  | { readonly id: string; readonly readable: false; readonly updatedAt: number | undefined; readonly problem: string }

/** Loading a draft either gives it back or says why it cannot be read. */
export type DraftLoad = { readonly ok: true; readonly draft: DraftSnapshot } | { readonly ok: false; readonly problem: string }

interface DraftDatabase extends DBSchema {
  drafts: { key: string; value: unknown }
  blobs: { key: string; value: Uint8Array }
}

/** Undo steps kept across reloads (the store keeps more in memory). */
const STORED_UNDO_STEPS = 50
/** Deleted drafts can be restored for this long, then they are purged. */
export const DELETE_UNDO_MS = 10 * 60 * 1000

/** Called when the browser closes the database under us (site data cleared, another version opening). */
export type ConnectionLostHandler = (reason: string) => void

export interface DraftRepository {
  readonly save: (draft: DraftSnapshot) => Promise<void>
  readonly load: (id: string) => Promise<DraftLoad>
  readonly list: () => Promise<DraftListing[]>
  /** Marks a draft deleted (hidden, restorable); `restore` undoes it. */
  readonly remove: (id: string) => Promise<void>
  readonly restore: (id: string) => Promise<void>
  /** Names the draft on the start page (empty: back to the pack's display name). */
  readonly rename: (id: string, label: string) => Promise<void>
  /**
   * Whatever bytes are stored for a draft, for drafts that cannot be read: named by path when the record
   * says so (`baseline/<path>` for the baseline's own versions, `unnamed/<key>.bin` for the rest).
   */
  readonly rawFiles: (id: string) => Promise<[string, Uint8Array][]>
  /** The stored record as is, and writing one as is: for tests of damaged records. */
  readonly getRecord: (id: string) => Promise<unknown>
  readonly putRecord: (record: unknown, blobs: ReadonlyMap<string, Uint8Array>) => Promise<void>
  readonly close: () => void
}

const labelOf = (stored: unknown) => (typeof stored === 'object' && stored !== null && 'label' in stored && typeof stored.label === 'string' ? stored.label : undefined)

const blobRange = (id: string) => IDBKeyRange.bound(`${id}:`, `${id}:\uffff`)

// While the browser clears the site's data, it aborts the opens it gets (Chromium: AbortError "The
// connection was closed."); the database is usable again a moment later, so such an open is retried.
const OPEN_RETRY_DELAYS_MS = [100, 400, 1600]

async function openWithRetries<T>(open: () => Promise<T>): Promise<T> {
  for (const delay of OPEN_RETRY_DELAYS_MS) {
    try {
      return await open()
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) throw error
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
  return open()
}

/** Opens (lazily) the drafts database `name`; every file is its own blob, keyed `<draft id>:<uuid>`. */
export function createDraftRepository(name: string, onConnectionLost: ConnectionLostHandler = () => undefined): DraftRepository {
  let connection: Promise<IDBPDatabase<DraftDatabase>> | undefined
  // Which blob key holds which bytes, per draft, and which keys the last save of a draft referenced.
  // Packs share unchanged Uint8Arrays between versions, so only new bytes get a new blob.
  let blobKeys = new Map<string, WeakMap<Uint8Array, string>>()
  let savedKeys = new Map<string, ReadonlySet<string>>()
  // Keys whose blobs a save deleted (or is deleting). Bytes that come back later (an undo past the
  // stored steps) get a new key and are written again, rather than pointing at a blob that is gone.
  let deletedKeys = new Set<string>()
  // Saves of a draft under way: a save cleans up the blobs no record uses only when it is the only one
  // (a save started meanwhile may still need them; it or a later save cleans up instead).
  const savesUnderWay = new Map<string, number>()

  const lose = (reason: string) => {
    void connection?.then((db) => { db.close() }, () => undefined)
    connection = undefined
    // The next save writes every blob again: the stored ones may be gone.
    blobKeys = new Map()
    savedKeys = new Map()
    deletedKeys = new Set()
    onConnectionLost(reason)
  }
  const BLOCKING = 'Another Pack Builder page is upgrading or deleting the stored drafts.'
  const TERMINATED = 'The browser closed the drafts database (site data cleared, or storage evicted).'
  const open = () => openDB<DraftDatabase>(name, DRAFT_SCHEMA_VERSION, {
    upgrade(database) { upgradeDraftsDatabase(unwrap(database)) },
    blocking() { lose(BLOCKING) },
    terminated() { lose(TERMINATED) },
  })
  // The connection the page's entry started opening (draftsDatabase.ts), with the handlers `open` sets.
  const adopt = (database: IDBDatabase) => {
    database.onversionchange = () => { lose(BLOCKING) }
    database.onclose = () => { lose(TERMINATED) }
    return wrap(database) as IDBPDatabase<DraftDatabase>
  }
  const db = () => {
    // An early open that failed is tried again the usual way (with its retries).
    connection ??= (takeEarlyConnection(name)?.then(adopt).catch(() => openWithRetries(open)) ?? openWithRetries(open)).catch((error: unknown) => {
      connection = undefined
      throw error
    })
    return connection
  }
  const keysOf = (id: string) => {
    let keys = blobKeys.get(id)
    if (keys === undefined) blobKeys.set(id, (keys = new WeakMap()))
    return keys
  }

  const save = async (draft: DraftSnapshot) => {
    // Reading pack.json's identity needs the JSON parser; the start page only lists stored summaries.
    const { packSummary } = await import('./packIdentity')
    const keys = keysOf(draft.id)
    const fresh = new Map<string, Uint8Array>()
    const refs = (pack: Pack): FileRefs => [...pack.files].map(([path, bytes]) => {
      let key = keys.get(bytes)
      if (key === undefined || deletedKeys.has(key)) {
        key = `${draft.id}:${crypto.randomUUID()}`
        keys.set(bytes, key)
        fresh.set(key, bytes)
      }
      return [path, key] as const
    })
    const files = refs(draft.pack)
    const record: DraftRecord = {
      schema: DRAFT_SCHEMA_VERSION,
      id: draft.id,
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
      deletedAt: undefined,
      label: undefined,
      folderName: draft.pack.folderName,
      ...(draft.pack.archive !== undefined ? { archive: draft.pack.archive } : {}),
      lintMode: draft.lintMode,
      selectedPath: draft.selectedPath,
      files,
      baseline: refs(draft.baseline),
      past: draft.past.slice(-STORED_UNDO_STEPS).map(refs),
      future: draft.future.slice(-STORED_UNDO_STEPS).map(refs),
      summary: { ...packSummary(draft.pack), errors: draft.errors, logoKey: files.find(([path]) => path === 'logo.png')?.[1] },
    }
    const used = new Set([record.files, record.baseline, ...record.past, ...record.future].flatMap((list) => list.map(([, key]) => key)))
    let transaction: IDBPTransaction<DraftDatabase, ('drafts' | 'blobs')[], 'readwrite'> | undefined
    const writes: Promise<unknown>[] = []
    const underWay = (savesUnderWay.get(draft.id) ?? 0) + 1
    savesUnderWay.set(draft.id, underWay)
    const cleansUp = underWay === 1
    // Marked before any wait: a save that starts meanwhile must not reuse these keys.
    const dropped = cleansUp ? [...(savedKeys.get(draft.id) ?? [])].filter((key) => !used.has(key)) : []
    for (const key of dropped) deletedKeys.add(key)
    try {
      const database = await db()
      const tx = database.transaction(['drafts', 'blobs'], 'readwrite')
      transaction = tx
      const blobs = tx.objectStore('blobs')
      // A put may also throw at once (a full disk in some browsers): that too must forget the keys below.
      for (const [key, bytes] of fresh) writes.push(blobs.put(bytes, key))
      const drafts = tx.objectStore('drafts')
      // The label is set from the start page (perhaps in another tab): a save keeps it.
      writes.push(drafts.get(draft.id).then((stored) => drafts.put({ ...record, label: labelOf(stored) }, draft.id)))
      for (const key of dropped) writes.push(blobs.delete(key))
      await Promise.all([...writes, tx.done])
    } catch (error) {
      // Writes issued before a put threw would commit on their own: abort them (an ended transaction refuses, harmlessly).
      for (const write of [...writes, transaction?.done]) write?.catch(() => undefined)
      try {
        transaction?.abort()
      } catch {
        // Already committed or aborted.
      }
      // Nothing of this save is stored: forget the keys handed out, so the next save writes those bytes.
      for (const bytes of fresh.values()) keys.delete(bytes)
      throw error
    } finally {
      const left = (savesUnderWay.get(draft.id) ?? 1) - 1
      if (left === 0) savesUnderWay.delete(draft.id)
      else savesUnderWay.set(draft.id, left)
    }
    // Transactions of a draft end in the order they began: a save that did not clean up keeps the keys of
    // the saves before it on the list, for the next one that does.
    savedKeys.set(draft.id, cleansUp ? used : new Set([...(savedKeys.get(draft.id) ?? []), ...used]))
  }

  const load = async (id: string): Promise<DraftLoad> => {
    const database = await db()
    const tx = database.transaction(['drafts', 'blobs'], 'readonly')
    const [raw, blobKeyList, blobValues] = await Promise.all([
      tx.objectStore('drafts').get(id), tx.objectStore('blobs').getAllKeys(blobRange(id)), tx.objectStore('blobs').getAll(blobRange(id)),
    ])
    if (raw === undefined) return { ok: false, problem: 'the draft is no longer stored in this browser' }
    let record: DraftRecord
    try {
      record = decodeDraftRecord(raw)
    } catch (error) {
      return { ok: false, problem: error instanceof Error ? error.message : String(error) }
    }
    const bytesByKey = new Map<string, Uint8Array>()
    blobKeyList.forEach((key, index) => {
      const bytes = blobValues[index]
      if (bytes instanceof Uint8Array) bytesByKey.set(key, bytes)
    })
    const pack = (refs: FileRefs, what: string): Pack => createPack(record.folderName, refs.map(([path, key]) => {
      const bytes = bytesByKey.get(key)
      if (bytes === undefined) throw new Error(`the stored bytes of ${path} (${what}) are missing`)
      return [path, bytes] as const
    }), record.archive)
    try {
      const keys = keysOf(id)
      for (const [key, bytes] of bytesByKey) keys.set(bytes, key)
      savedKeys.set(id, new Set(bytesByKey.keys()))
      return {
        ok: true,
        draft: {
          id,
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
          pack: pack(record.files, 'current'),
          baseline: pack(record.baseline, 'baseline'),
          lintMode: record.lintMode,
          selectedPath: record.selectedPath,
          past: record.past.map((refs, index) => pack(refs, `undo step ${index + 1}`)),
          future: record.future.map((refs, index) => pack(refs, `redo step ${index + 1}`)),
          errors: record.summary.errors,
        },
      }
    } catch (error) {
      return { ok: false, problem: error instanceof Error ? error.message : String(error) }
    }
  }

  const list = async (): Promise<DraftListing[]> => {
    const database = await db()
    const [ids, values] = await Promise.all([database.getAllKeys('drafts'), database.getAll('drafts')])
    const listings: DraftListing[] = []
    const now = Date.now()
    for (const [index, id] of ids.entries()) {
      const raw = values[index]
      try {
        const record = decodeDraftRecord(raw)
        if (record.deletedAt !== undefined) {
          if (now - record.deletedAt > DELETE_UNDO_MS) await purge(id)
          continue
        }
        const logoKey = record.summary.logoKey
        const logo = logoKey === undefined ? undefined : await database.get('blobs', logoKey)
        listings.push({ id, readable: true, updatedAt: record.updatedAt, label: record.label, summary: record.summary, logo })
      } catch (error) {
        const updatedAt = typeof raw === 'object' && raw !== null && 'updatedAt' in raw && typeof raw.updatedAt === 'number' ? raw.updatedAt : undefined
        listings.push({ id, readable: false, updatedAt, problem: error instanceof Error ? error.message : String(error) })
      }
    }
    return listings.sort((a, b) => (b.updatedAt ?? 0) - (a.updatedAt ?? 0))
  }

  const purge = async (id: string) => {
    const database = await db()
    const tx = database.transaction(['drafts', 'blobs'], 'readwrite')
    await Promise.all([tx.objectStore('drafts').delete(id), tx.objectStore('blobs').delete(blobRange(id)), tx.done])
    blobKeys.delete(id)
    savedKeys.delete(id)
  }

  const patchRecord = async (id: string, patch: Record<string, unknown>) => {
    const database = await db()
    const tx = database.transaction('drafts', 'readwrite')
    const raw = await tx.store.get(id)
    if (typeof raw === 'object' && raw !== null) await tx.store.put({ ...raw, ...patch }, id)
    await tx.done
  }

  const rawFiles = async (id: string): Promise<[string, Uint8Array][]> => {
    const database = await db()
    const [raw, keys, values] = await Promise.all([database.get('drafts', id), database.getAllKeys('blobs', blobRange(id)), database.getAll('blobs', blobRange(id))])
    // Name each blob after the file that holds it, when the record still says so.
    const names = new Map<string, string>()
    const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
    for (const [field, prefix] of [['baseline', 'baseline/'], ['files', '']] as const) {
      const refs = record[field]
      if (!Array.isArray(refs)) continue
      for (const entry of refs as unknown[]) if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string') names.set(entry[1], prefix + entry[0])
    }
    return keys.flatMap((key, index) => {
      const bytes = values[index]
      if (!(bytes instanceof Uint8Array)) return []
      return [[names.get(key) ?? `unnamed/${key.slice(id.length + 1)}.bin`, bytes] as [string, Uint8Array]]
    })
  }

  return {
    save,
    load,
    list,
    remove: (id) => patchRecord(id, { deletedAt: Date.now() }),
    restore: (id) => patchRecord(id, { deletedAt: undefined }),
    rename: (id, label) => patchRecord(id, { label: label.trim() === '' ? undefined : label.trim() }),
    rawFiles,
    getRecord: async (id) => (await db()).get('drafts', id),
    async putRecord(record, blobs) {
      const database = await db()
      const tx = database.transaction(['drafts', 'blobs'], 'readwrite')
      const id = typeof record === 'object' && record !== null && 'id' in record && typeof record.id === 'string' ? record.id : crypto.randomUUID()
      await Promise.all([tx.objectStore('drafts').put(record, id), ...[...blobs].map(([key, bytes]) => tx.objectStore('blobs').put(bytes, key)), tx.done])
    },
    close() {
      void connection?.then((database) => { database.close() }, () => undefined)
      connection = undefined
    },
  }
}
