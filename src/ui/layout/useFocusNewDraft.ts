import { useEffect, useRef } from 'react'
import type { RefObject } from 'react'
import { useAppState } from '../state/usePackStore'

// The form and the editors load lazily: how long a late field may still take the focus from the area.
const WAIT_FOR_FIELD_MS = 10_000
const FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])'

/**
 * When another draft opens (a template was chosen, a pack opened), the button that was clicked is
 * gone and focus would fall back to the page: it moves to the new draft's first field instead, or
 * to the main area while no field has loaded yet. Focus the user put somewhere else is left alone.
 */
export function useFocusNewDraft(main: RefObject<HTMLElement | null>): void {
  const draftId = useAppState((state) => state.draftId)
  const previous = useRef(draftId)
  useEffect(() => {
    const changed = draftId !== previous.current
    previous.current = draftId
    const area = main.current
    if (!changed || draftId === undefined || !area) return
    const focusLost = () => document.activeElement === null || document.activeElement === document.body
    const focusField = (): boolean => {
      const field = area.querySelector<HTMLElement>(FIELD)
      if (!field || !focusLost()) return false
      field.focus()
      return true
    }
    if (focusLost() && !focusField()) area.focus()
    const observer = new MutationObserver(() => {
      // Still ours while focus is on the area itself (nothing else was chosen meanwhile).
      if (document.activeElement === area && area.querySelector(FIELD)) area.querySelector<HTMLElement>(FIELD)?.focus()
      if (document.activeElement !== area) observer.disconnect()
    })
    observer.observe(area, { childList: true, subtree: true })
    // Whatever the user does first (a click, a key) is theirs: the late field no longer takes the focus.
    const stop = () => { observer.disconnect() }
    const timer = setTimeout(stop, WAIT_FOR_FIELD_MS)
    document.addEventListener('pointerdown', stop, { once: true, capture: true })
    document.addEventListener('keydown', stop, { once: true, capture: true })
    return () => {
      stop()
      clearTimeout(timer)
      document.removeEventListener('pointerdown', stop, { capture: true })
      document.removeEventListener('keydown', stop, { capture: true })
    }
  }, [draftId, main])
}
