import type { Finding } from '../../core'

/** The current findings of the pack, computed off the main thread. (Placeholder: UI shell work.) */
export function useFindings(): { readonly findings: readonly Finding[]; readonly pending: boolean } {
  return { findings: [], pending: false }
}
