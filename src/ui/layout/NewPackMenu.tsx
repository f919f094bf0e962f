import { useCallback, useId, useRef, useState } from 'react'
import { useDismiss } from './useDismiss'
import { usePackStore } from '../state/usePackStore'
import { newPack, STARTER_LABELS } from '../state/newPack'
import type { StarterKind } from '../state/newPack'

const KINDS = Object.keys(STARTER_LABELS) as StarterKind[]

/** "New pack" menu: replaces the draft with a starter pack of the chosen kind. */
export function NewPackMenu() {
  const store = usePackStore()
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const rootRef = useRef<HTMLDivElement>(null)

  const close = useCallback(() => { setOpen(false) }, [])
  useDismiss(open, rootRef, close)

  return (
    <div className="menu" ref={rootRef}>
      <button type="button" className="button" aria-haspopup="true" aria-expanded={open} aria-controls={menuId} onClick={() => { setOpen(!open) }}>
        New pack ▾
      </button>
      {open && (
        <ul className="menu__list" id={menuId} aria-label="New pack">
          {KINDS.map((kind) => (
            <li key={kind}>
              <button type="button" className="menu__item" onClick={() => { store.replacePack(newPack(kind), 'author'); setOpen(false) }}>
                {STARTER_LABELS[kind]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
