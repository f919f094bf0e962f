import { useCallback, useId, useMemo, useRef, useState } from 'react'
import { useDismiss } from '../layout/useDismiss'
import { archiveBaseName, changedPaths, writePackTarGz, writePackZip } from '../../core'
import type { Pack } from '../../core'
import { downloadBytes } from '../browser/downloadBytes'
import { useFindings } from '../lint/useFindings'
import { ProblemList } from '../problems/ProblemList'
import { useAppState, usePackStore } from '../state/usePackStore'
import './DownloadActions.css'

interface ArchiveKind {
  readonly label: string
  readonly extension: string
  readonly mimeType: string
  readonly write: (pack: Pack) => Promise<Uint8Array>
}

const ARCHIVES: readonly ArchiveKind[] = [
  { label: 'Download .zip', extension: '.zip', mimeType: 'application/zip', write: writePackZip },
  { label: 'Download .tar.gz (OCI)', extension: '.tar.gz', mimeType: 'application/gzip', write: writePackTarGz },
]

/** The download buttons; blocked, with the reason and the blocking problems, while the pack has errors. */
export function DownloadActions() {
  const store = usePackStore()
  const { findings, pending } = useFindings()
  const pack = useAppState((state) => state.pack)
  const baseline = useAppState((state) => state.baseline)
  const changeCount = useMemo(() => changedPaths(baseline, pack).size, [baseline, pack])
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
    const pack = store.getState().pack
    try {
      downloadBytes(await kind.write(pack), archiveBaseName(pack) + kind.extension, kind.mimeType)
    } catch (error) {
      setFailure(`Could not build the ${kind.extension} archive: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return (
    <div className="download" ref={rootRef}>
      <button type="button" className="button" title="See what changed against the pack this draft started from, before you export it" onClick={store.showChanges}>
        Review changes ({changeCount})
      </button>
      {ARCHIVES.map((kind) => (
        <button
          key={kind.extension}
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
