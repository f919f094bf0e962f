import { useDraftStatus } from '../state/draftStatus'

/** Says so when the browser refuses to keep the draft (private mode, full storage): a reload would lose it. */
export function DraftWarning() {
  const status = useDraftStatus()
  if (status.saved) return null
  return (
    <p className="draft-warning" role="alert" title={status.reason}>
      Not saved in this browser: download the pack before closing the tab.
    </p>
  )
}
