import { useCallback, useId, useRef, useState } from 'react'
import { useDismiss } from '../layout/useDismiss'
import { useChangedPaths } from '../state/usePackShape'
import type { Finding } from '../../core'
import { downloadBlob } from '../browser/downloadBlob'
import { writeEditedPackInWorker } from './archiveClient'
import { packFindingsFor, useFindings } from '../lint/useFindings'
import { renderServiceFor } from '../render/renderService'
import type { PackFindings } from '../lint/useFindings'
import { ProblemList } from '../problems/ProblemList'
import { usePackStore } from '../state/usePackStore'
import './DownloadActions.css'

interface ArchiveKind {
  readonly label: string
  readonly format: 'zip' | 'tar.gz'
}

const ARCHIVES: readonly ArchiveKind[] = [
  { label: 'Download .zip', format: 'zip' },
  { label: 'Download .tar.gz (OCI)', format: 'tar.gz' },
]

/** A finding of rendering the pack or of checking its output (not of lint). */
function isRenderFinding(finding: Finding): boolean {
  return finding.ruleId.startsWith('render/') || finding.ruleId.startsWith('rendered/')
}

/** The findings once neither lint nor the render checks are running: the current pack's, never an older one's. */
function settledFindings(service: ReturnType<typeof packFindingsFor>): Promise<PackFindings> {
  return new Promise((resolve) => {
    const isSettled = (snapshot: PackFindings) => !snapshot.pending && !snapshot.rendering
    const now = service.getSnapshot()
    if (isSettled(now)) {
      resolve(now)
      return
    }
    const stop = service.subscribe(() => {
      const next = service.getSnapshot()
      if (!isSettled(next)) return
      stop()
      resolve(next)
    })
  })
}

/**
 * The download buttons; blocked, with the reason and the blocking problems, while the pack has errors
 * or lint is checking it. A download asked for while the pack is being rendered waits for the render's
 * findings (they can be errors), then goes ahead or shows what blocks it.
 */
export function DownloadActions() {
  const store = usePackStore()
  const { findings, pending, rendering } = useFindings()
  const changeCount = useChangedPaths().size
  const [showBlocking, setShowBlocking] = useState(false)
  const [failure, setFailure] = useState<string>()
  const [waiting, setWaiting] = useState(false)
  const reasonId = useId()
  const listId = useId()
  // While the pack is rendered again, the previous render's errors may be gone: they do not block the
  // button, a click waits for the new render instead.
  const errors = findings.filter((finding) => finding.severity === 'error' && !(rendering && isRenderFinding(finding)))
  const blocked = errors.length > 0 || pending || waiting
  const popoverOpen = showBlocking && errors.length > 0
  const rootRef = useRef<HTMLDivElement>(null)
  const closePopover = useCallback(() => { setShowBlocking(false) }, [])
  useDismiss(popoverOpen, rootRef, closePopover)

  const download = async (kind: ArchiveKind) => {
    setFailure(undefined)
    // An edit typed just before the click may still be pending (the editor hands it over a task
    // later): the checks below and the archive must both be of the pack with it.
    store.applyPendingEdits()
    // Render findings can be errors too: rendering a chart takes seconds, so rather than keep the
    // buttons disabled all that time, a download waits here for the current pack's render.
    const service = packFindingsFor(store)
    const rendering = service.getSnapshot().rendering
    setWaiting(rendering)
    // A render waiting for the typing pause or idle time starts now: the user is waiting for it.
    if (rendering) renderServiceFor(store).hurry()
    const settled = await settledFindings(service)
    setWaiting(false)
    if (settled.findings.some((finding) => finding.severity === 'error')) {
      setShowBlocking(true)
      return
    }
    // Compressing a pack with large charts takes a while: the worker does it, so the page never freezes.
    try {
      const archive = await writeEditedPackInWorker(store.getState().pack, kind.format)
      downloadBlob(archive.blob, `${archive.baseName}.${kind.format}`)
    } catch (error) {
      setFailure(`Could not build the .${kind.format} archive: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return (
    <div className="download" ref={rootRef}>
      <button type="button" className="button" title="See what changed against the pack this draft started from, before you export it" onClick={store.showChanges}>
        Review changes ({changeCount})
      </button>
      {ARCHIVES.map((kind) => (
        <button
          key={kind.format}
          type="button"
          className="button button--primary"
          disabled={blocked}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={() => { void download(kind) }}
        >
          {kind.label}
        </button>
      ))}
      {errors.length > 0 ? (
        <button
          type="button"
          id={reasonId}
          className="button button--ghost download__reason"
          aria-expanded={showBlocking}
          aria-controls={listId}
          title="Show the problems that block the download"
          onClick={() => { setShowBlocking(!showBlocking) }}
        >
          Blocked: {errors.length} {errors.length === 1 ? 'error' : 'errors'} to fix ▾
        </button>
      ) : pending ? <span className="download__reason download__reason--pending" id={reasonId}>Checking…</span>
        : waiting && <span className="download__reason download__reason--pending" id={reasonId} role="status">Waiting for the rendered output to be checked…</span>}
      {popoverOpen && (
        <div className="download__popover" id={listId} role="region" aria-label="Problems blocking the download">
          <ProblemList findings={errors} onReveal={() => { setShowBlocking(false) }} />
        </div>
      )}
      {failure !== undefined && <p className="banner banner--error" role="alert">{failure}</p>}
    </div>
  )
}
