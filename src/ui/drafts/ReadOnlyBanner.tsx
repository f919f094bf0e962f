import { useState } from 'react'
import { useAppState } from '../state/usePackStore'
import { useDraftWorkspace } from './workspaceContext'

/** Says why the draft is read-only here (another tab edits it) and offers to take it over. */
export function ReadOnlyBanner() {
  const workspace = useDraftWorkspace()
  const reason = useAppState((state) => state.readOnly)
  const [busy, setBusy] = useState(false)
  if (reason === undefined) return null
  return (
    <div className="banner read-only" role="alert">
      <p><strong>Read-only:</strong> {reason}</p>
      <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => {
        setBusy(true)
        void workspace.takeOver().finally(() => { setBusy(false) })
      }}>
        {busy ? 'Taking over…' : 'Take over'}
      </button>
    </div>
  )
}
