import type { DraftListing } from '../state/draftRepository'

/** The title a draft is listed under: the name the user gave it, else the pack's display name or name. */
export function draftTitle(draft: DraftListing): string {
  if (!draft.readable) return 'Unreadable draft'
  return draft.label ?? (draft.summary.displayName || draft.summary.name || 'Untitled pack')
}

const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000]]

/** "5 minutes ago", "yesterday", "just now". */
export function editedAgo(time: number, now: number = Date.now()): string {
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })
  for (const [unit, size] of units) {
    const count = Math.floor((now - time) / size)
    if (count >= 1) return format.format(-count, unit)
  }
  return 'just now'
}

/** "No errors", "1 error", "3 errors", or that the draft was not checked yet. */
export function errorText(errors: number | undefined): string {
  if (errors === undefined) return 'not checked yet'
  return errors === 0 ? 'no errors' : `${errors} ${errors === 1 ? 'error' : 'errors'}`
}
