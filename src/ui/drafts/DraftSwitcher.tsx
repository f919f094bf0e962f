import { useCallback, useId, useRef, useState } from 'react'
import { useDismiss } from '../layout/useDismiss'
import { describeStorageError } from '../state/draftStatus'
import { useAppState } from '../state/usePackStore'
import { draftTitle, editedAgo } from './draftText'
import { useDraftList, useDraftWorkspace } from './workspaceContext'

/** The header's "Drafts" menu: which draft is open, switch to another, or go back to all drafts. */
export function DraftSwitcher() {
  const workspace = useDraftWorkspace()
  const [open, setOpen] = useState(false)
  const [problem, setProblem] = useState<string>()
  const menuId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const close = useCallback(() => { setOpen(false) }, [])
  useDismiss(open, rootRef, close)

  const switchTo = (id: string) => {
    setOpen(false)
    workspace.openDraft(id).then(setProblem, (error: unknown) => { setProblem(describeStorageError(error)) })
  }
  return (
    <div className="menu" ref={rootRef}>
      <button type="button" className="button" aria-haspopup="true" aria-expanded={open} aria-controls={menuId} title="Switch draft" onClick={() => { setOpen(!open) }}>
        Drafts ▾
      </button>
      {open && (
        <ul className="menu__list" id={menuId} aria-label="Drafts">
          <li>
            <button type="button" className="menu__item" onClick={() => { setOpen(false); workspace.closeDraft() }}>All drafts (start page)</button>
          </li>
          <DraftMenuItems onPick={switchTo} />
        </ul>
      )}
      {problem !== undefined && <p className="banner banner--error" role="alert">Could not open that draft: {problem}</p>}
    </div>
  )
}

/** The stored drafts, read only while the menu is open (every save changes the list). */
function DraftMenuItems({ onPick }: { readonly onPick: (id: string) => void }) {
  const draftId = useAppState((state) => state.draftId)
  const list = useDraftList()
  if (list.loading) return <li className="menu__item">Loading…</li>
  return list.drafts.filter((draft) => draft.readable).map((draft) => (
    <li key={draft.id}>
      <button type="button" className="menu__item" aria-current={draft.id === draftId ? 'true' : undefined} disabled={draft.id === draftId} onClick={() => { onPick(draft.id) }}>
        {draft.id === draftId ? '✓ ' : ''}{draftTitle(draft)} <small>· {editedAgo(draft.updatedAt)}</small>
      </button>
    </li>
  ))
}
