import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useDismiss } from './useDismiss'

/** One entry of a menu button's menu. */
export interface MenuEntry {
  readonly label: string
  readonly onSelect: () => void
}

/**
 * A button that opens a menu, following the WAI-ARIA menu button pattern: role=menu and menuitem,
 * focus on the first item when opened, Arrow keys, Home and End move, Escape closes and returns focus.
 */
export function MenuButton({ label, menuLabel, entries }: { readonly label: string; readonly menuLabel: string; readonly entries: readonly MenuEntry[] }) {
  const [open, setOpen] = useState(false)
  const [focusIndex, setFocusIndex] = useState(0)
  const menuId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([])

  const close = useCallback(() => { setOpen(false) }, [])
  useDismiss(open, rootRef, close)
  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus()
  }, [open, focusIndex])

  const openAt = (index: number) => {
    setFocusIndex(index)
    setOpen(true)
  }
  const closeToButton = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const last = entries.length - 1
    const moves: Record<string, number> = { ArrowDown: focusIndex >= last ? 0 : focusIndex + 1, ArrowUp: focusIndex <= 0 ? last : focusIndex - 1, Home: 0, End: last }
    const next = moves[event.key]
    if (next !== undefined) {
      event.preventDefault()
      setFocusIndex(next)
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault()
      closeToButton()
    }
  }

  return (
    <div className="menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => { if (open) setOpen(false); else openAt(0) }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') { event.preventDefault(); openAt(0) }
          if (event.key === 'ArrowUp') { event.preventDefault(); openAt(entries.length - 1) }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu__list" id={menuId} role="menu" aria-label={menuLabel} onKeyDown={onMenuKeyDown}>
          {entries.map((entry, index) => (
            <button
              key={entry.label}
              ref={(element) => { itemRefs.current[index] = element }}
              type="button"
              role="menuitem"
              tabIndex={index === focusIndex ? 0 : -1}
              className="menu__item"
              onClick={() => { setOpen(false); entry.onSelect() }}
            >
              {entry.label}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
