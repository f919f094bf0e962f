import { useCallback, useId, useRef, useState } from 'react'
import { useDismiss } from '../layout/useDismiss'
import { useChangedPaths } from '../state/usePackShape'
import { downloadBytes } from '../browser/downloadBytes'
import { packFiles, writeArchiveInWorker } from './archiveClient'
import { useFindings } from '../lint/useFindings'
import { ProblemList } from '../problems/ProblemList'
import { usePackStore } from '../state/usePackStore'
import './DownloadActions.css'

interface ArchiveKind {
  readonly label: string
  readonly format: 'zip' | 'tar.gz'
  readonly mimeType: string
}

const ARCHIVES: readonly ArchiveKind[] = [
  { label: 'Download .zip', format: 'zip', mimeType: 'application/zip' },
  { label: 'Download .tar.gz (OCI)', format: 'tar.gz', mimeType: 'application/gzip' },
]

/** The download buttons; blocked, with the reason and the blocking problems, while the pack has errors. */
export function DownloadActions() {
  const store = usePackStore()
  const { findings, pending } = useFindings()
  const changeCount = useChangedPaths().size
  const [showBlocking, setShowBlocking] = useState(false)
  const [failure, setFailure] = useState<string>()
  const reasonId = useId()
  const listId = useId()
  const errors = findings.filter((finding) => finding.severity === 'error')
  const blocked = errors.length > 0 || pending
  const popoverOpen = showBlocking && errors.length > 0
  const rootRef = useRef<HTMLDivElement>(null)
  const closePopover = useCallback(() => { setShowBlocking(false) }, [])
  useDismiss(popoverOpen, rootRef, closePopover)

  const download = async (kind: ArchiveKind) => {
    setFailure(undefined)
    // Compressing a pack with large charts takes a while: the worker does it, so the page never freezes.
    try {
      const archive = await writeArchiveInWorker({ kind: 'pack', format: kind.format, pack: packFiles(store.getState().pack) })
      downloadBytes(archive.bytes, `${archive.baseName}.${kind.format}`, kind.mimeType)
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
      ) : pending && <span className="download__reason download__reason--pending" id={reasonId}>Checking…</span>}
      {popoverOpen && (
        <div className="download__popover" id={listId} role="region" aria-label="Problems blocking the download">
          <ProblemList findings={errors} onReveal={() => { setShowBlocking(false) }} />
        </div>
      )}
      {failure !== undefined && <p className="banner banner--error" role="alert">{failure}</p>}
    </div>
  )
}
