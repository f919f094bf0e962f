// Which draft this tab has open, kept where a reload finds it before anything else has loaded: the
// page's entry (src/boot.ts) reads it to fetch the builder at once, the draft workspace to reopen it.
// No imports, so the entry stays a few hundred bytes.

/** This tab's open draft, so a reload comes back to it (per tab: two tabs can have two drafts open). */
const OPEN_DRAFT_KEY = 'pack-builder:open-draft'
/** The draft that was open when the app crashed: a reload goes to the start page instead of crashing again. */
const CRASHED_DRAFT_KEY = 'pack-builder:crashed-draft'

// Storage can be disabled (or throw in private modes): the app still works, a reload just starts on the start page.
const readKey = (storage: () => Storage, key: string) => { try { return storage().getItem(key) ?? undefined } catch { return undefined } }
const writeKey = (storage: () => Storage, key: string, value: string | undefined) => {
  try {
    if (value === undefined) storage().removeItem(key)
    else storage().setItem(key, value)
  } catch { /* see readKey */ }
}

export const readOpenDraft = () => readKey(() => sessionStorage, OPEN_DRAFT_KEY)
export const writeOpenDraft = (id: string | undefined) => { writeKey(() => sessionStorage, OPEN_DRAFT_KEY, id) }
export const readCrashedDraft = () => readKey(() => localStorage, CRASHED_DRAFT_KEY)
export const writeCrashedDraft = (id: string | undefined) => { writeKey(() => localStorage, CRASHED_DRAFT_KEY, id) }

/** The draft a start in this tab reopens: the one it had open, unless that one crashed the app. */
export function draftToReopen(): string | undefined {
  const lastOpen = readOpenDraft()
  return lastOpen !== undefined && lastOpen !== readCrashedDraft() ? lastOpen : undefined
}
