import { useEffect } from 'react'
import { useFindings } from '../lint/useFindings'
import { useAppState } from '../state/usePackStore'
import { useDraftWorkspace } from './workspaceContext'

/** Keeps the open draft's error count with it, for the start page (renders nothing). */
export function ErrorCountRecorder() {
  const workspace = useDraftWorkspace()
  const draftId = useAppState((state) => state.draftId)
  const { findings, pending } = useFindings()
  const errors = findings.filter((finding) => finding.severity === 'error').length
  useEffect(() => {
    if (draftId !== undefined && !pending) workspace.autosave.setErrorCount(draftId, errors)
  }, [workspace, draftId, errors, pending])
  return null
}
