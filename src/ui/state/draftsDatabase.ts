// The drafts database's name, version and object stores, with no imports: the page's entry
// (src/boot.ts) starts opening it on a reload that reopens a draft, while the app's code is still
// being loaded and evaluated, and the draft repository adopts that connection. The draft is then read
// one round trip to the browser's storage sooner, on the way to the form.

/**
 * The version of the stored draft format (draftRecord.ts), which is also the database's version. Raise
 * it when the record changes shape and teach `decodeDraftRecord` to read the older versions, so drafts
 * already in users' browsers keep opening.
 */
export const DRAFT_SCHEMA_VERSION = 1

export const DRAFTS_DATABASE = 'pack-builder-drafts'

/** Creates what a database of this version needs; shared by the early open and the repository's. */
export function upgradeDraftsDatabase(database: IDBDatabase): void {
  if (!database.objectStoreNames.contains('drafts')) database.createObjectStore('drafts')
  if (!database.objectStoreNames.contains('blobs')) database.createObjectStore('blobs')
}

let early: { readonly name: string; readonly connection: Promise<IDBDatabase> } | undefined

/** Starts opening the drafts database now; the repository takes the connection (see takeEarlyConnection). */
export function openDraftsDatabaseEarly(name: string = DRAFTS_DATABASE): void {
  if (early !== undefined) return
  const connection = new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, DRAFT_SCHEMA_VERSION)
    request.onupgradeneeded = () => { upgradeDraftsDatabase(request.result) }
    request.onsuccess = () => {
      // Until the repository adopts it: give way to another tab's upgrade rather than block it.
      request.result.onversionchange = () => { request.result.close() }
      resolve(request.result)
    }
    request.onerror = () => { reject(request.error ?? new Error(`the drafts database ${name} could not be opened`)) }
  })
  // Nobody may take it (the draft turned out not to be reopened): an error is not left unhandled.
  connection.catch(() => undefined)
  early = { name, connection }
}

/** The connection the entry started for `name`, once; undefined when none was started. */
export function takeEarlyConnection(name: string): Promise<IDBDatabase> | undefined {
  if (early?.name !== name) return undefined
  const { connection } = early
  early = undefined
  return connection
}
