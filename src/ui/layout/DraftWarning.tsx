import { reportDraftStatus, useDraftStatus } from '../state/draftStatus'
import { downloadPackZip } from '../drafts/draftDownloads'
import { useAppState, usePackStore } from '../state/usePackStore'

/**
 * Says so when the browser does not keep the draft (private mode, full storage, database deleted): the
 * pack in this tab stays editable, and one click downloads it.
 */
export function DraftWarning() {
  const status = useDraftStatus()
  const store = usePackStore()
  const hasDraft = useAppState((state) => state.draftId !== undefined)
  if (status.saved && status.notice === undefined) return null
  const download = hasDraft && (
    <button type="button" className="button button--small" onClick={() => { void downloadPackZip(store.currentPack()) }}>Download this draft</button>
  )
  if (status.saved) {
    return (
      <div className="draft-warning" role="alert">
        <span>{status.notice}</span> {download}
        <button type="button" className="button button--small button--ghost" onClick={() => { reportDraftStatus({ saved: true }) }}>Dismiss</button>
      </div>
    )
  }
  return (
    <div className="draft-warning" role="alert">
      <span title={status.reason}>Not saved in this browser: {status.reason} Download the pack before closing the tab.</span> {download}
    </div>
  )
}
