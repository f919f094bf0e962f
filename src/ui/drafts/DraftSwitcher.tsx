import { useCallback, useId, useRef, useState } from 'react'
import { useDismiss } from '../layout/useDismiss'
import { describeStorageError } from '../state/draftStatus'
import { useAppState } from '../state/usePackStore'
import { draftTitle, editedAgo } from './draftText'
import { useDraftList, useDraftWorkspace } from './workspaceContext'

/** The header's "Drafts" menu: which draft is open, switch to another, or go back to all drafts. */
export function DraftSwitcher() {
  const workspace = useDraftWorkspace()
  const draftId = useAppState((state) => state.draftId)
  const [open, setOpen] = useState(false)
  const [problem, setProblem] = useState<string>()
  const menuId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const close = useCallback(() => { setOpen(false) }, [])
  useDismiss(open, rootRef, close)
  const list = useDraftList()
  const drafts = list.loading ? [] : list.drafts

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
          {drafts.filter((draft) => draft.readable).map((draft) => (
            <li key={draft.id}>
              <button type="button" className="menu__item" aria-current={draft.id === draftId ? 'true' : undefined} disabled={draft.id === draftId} onClick={() => { switchTo(draft.id) }}>
                {draft.id === draftId ? '✓ ' : ''}{draftTitle(draft)} <small>· {editedAgo(draft.updatedAt)}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem !== undefined && <p className="banner banner--error" role="alert">Could not open that draft: {problem}</p>}
    </div>
  )
}
