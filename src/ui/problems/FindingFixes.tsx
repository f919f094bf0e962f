import { useCallback, useId, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { fixesOfKind } from '../../core/lint/fixes/fixesOfKind'
import type { Finding, FixDescriptor } from '../../core'
import { useDismiss } from '../layout/useDismiss'
import { usePackStore } from '../state/usePackStore'
import './FindingFixes.css'

// Applying a fix re-runs its rule, so it needs every rule's code: loaded on the first click, not with the panel.
const loadFixes = () => import('./applyFindingFix')
const fixCodeMissing = () => 'The fix could not be loaded; check the connection and try again.'

interface FindingFixesProps {
  readonly finding: Finding
  /** Every finding of the pack, to offer "Fix all of this kind". */
  readonly allFindings: readonly Finding[]
  readonly onError: (message: string | undefined) => void
}

/** The fix controls of one problem row: a "Fix" button, or a menu when there is more than one choice. */
export function FindingFixes({ finding, allFindings, onError }: FindingFixesProps) {
  const store = usePackStore()
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const menuId = useId()
  const close = useCallback(() => { setOpen(false) }, [])
  useDismiss(open, rootRef, close)
  const fixes = finding.fixes ?? []
  const [preferred] = fixes
  if (preferred === undefined) return null
  const sameKind = fixesOfKind(allFindings, finding.ruleId, preferred.fixId)

  const apply = (fix: FixDescriptor) => {
    setOpen(false)
    void loadFixes().then((fixing) => fixing.applyFindingFix(store, fix), fixCodeMissing).then(onError)
  }
  const applyAll = () => {
    setOpen(false)
    void loadFixes().then((fixing) => fixing.applyFindingFixes(store, sameKind), fixCodeMissing).then(onError)
  }

  if (fixes.length === 1 && sameKind.length < 2) {
    return (
      <div className="finding-fixes">
        <button type="button" className="finding-fixes__button" title={preferred.title} aria-label={`Fix: ${preferred.title}`} onClick={() => { apply(preferred) }}>
          Fix
        </button>
      </div>
    )
  }

  // Arrow keys move between the menu's items, as in any menu.
  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    event.preventDefault()
    const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')]
    const current = items.findIndex((item) => item === document.activeElement)
    const next = items[(current + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]
    next?.focus()
  }

  return (
    <div className="finding-fixes" ref={rootRef}>
      <button
        type="button"
        className="finding-fixes__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Fix: ${fixes.length} ${fixes.length === 1 ? 'fix' : 'fixes'} for this problem`}
        onClick={() => { setOpen(!open) }}
      >
        Fix ▾
      </button>
      {open && (
        <ul id={menuId} className="finding-fixes__menu" role="menu" aria-label="Fixes" onKeyDown={onMenuKeyDown}>
          {fixes.map((fix, index) => (
            <li key={`${fix.fixId}:${index}`} role="none">
              <button type="button" role="menuitem" autoFocus={index === 0} onClick={() => { apply(fix) }}>
                {fix.title}
              </button>
            </li>
          ))}
          {sameKind.length > 1 && (
            <li role="none" className="finding-fixes__all">
              <button type="button" role="menuitem" title={`${preferred.title}, and the same for the other ${sameKind.length - 1}; one undo step`} onClick={applyAll}>
                Fix all {sameKind.length} of this kind
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  )
}
