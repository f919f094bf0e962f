import { useEffect, useMemo, useState } from 'react'
import { dataUrl } from '../browser/dataUrl'
import type { DraftListing } from '../state/draftRepository'
import { describeStorageError } from '../state/draftStatus'
import { downloadAllDrafts, downloadRawDraft } from './draftDownloads'
import { draftTitle, editedAgo, errorText } from './draftText'
import { useDraftList, useDraftWorkspace } from './workspaceContext'
import './drafts.css'

/** How long the "Deleted … Undo" toast stays (the draft itself stays restorable for longer). */
const UNDO_TOAST_MS = 10_000

/** The drafts kept in this browser, newest first, with open, rename, duplicate and delete. */
export function DraftList() {
  const workspace = useDraftWorkspace()
  const list = useDraftList()
  const [deleted, setDeleted] = useState<{ id: string; title: string }>()
  const [message, setMessage] = useState<string>()
  const crashed = workspace.crashedDraft()

  useEffect(() => {
    if (deleted === undefined) return undefined
    const timer = setTimeout(() => { setDeleted(undefined) }, UNDO_TOAST_MS)
    return () => { clearTimeout(timer) }
  }, [deleted])

  const run = (action: () => Promise<unknown>) => {
    setMessage(undefined)
    action().catch((error: unknown) => { setMessage(describeStorageError(error)) })
  }
  const open = (draft: DraftListing) => {
    run(async () => {
      const problem = await workspace.openDraft(draft.id)
      if (problem !== undefined) setMessage(`Could not open "${draftTitle(draft)}": ${problem}`)
    })
  }
  const remove = (draft: DraftListing) => {
    run(async () => {
      await workspace.remove(draft.id)
      setDeleted({ id: draft.id, title: draftTitle(draft) })
    })
  }

  if (list.loading) return <p className="drafts__empty">Loading drafts…</p>
  const { drafts } = list
  return (
    <section className="drafts" aria-labelledby="drafts-title">
      <header className="drafts__header">
        <h3 id="drafts-title">Your drafts</h3>
        {drafts.length > 0 && (
          <button type="button" className="button" onClick={() => { run(() => downloadAllDrafts(workspace.repository, drafts.map((draft) => draft.id))) }}>
            Download all (.zip)
          </button>
        )}
      </header>
      {list.problem !== undefined && <p className="banner banner--error" role="alert">The drafts stored in this browser cannot be read: {list.problem}</p>}
      {message !== undefined && <p className="banner banner--error" role="alert">{message}</p>}
      {drafts.length === 0 && list.problem === undefined && <p className="drafts__empty">No drafts yet: start a pack above, or open a pack archive.</p>}
      <ul className="drafts__list" aria-label="Drafts">
        {drafts.map((draft) => (
          <DraftItem
            key={draft.id}
            draft={draft}
            crashed={draft.id === crashed}
            onOpen={() => { open(draft) }}
            onRename={(label) => { run(() => workspace.rename(draft.id, label)) }}
            onDuplicate={() => { run(() => workspace.duplicate(draft.id)) }}
            onDelete={() => { remove(draft) }}
            onDownloadRaw={() => { run(() => downloadRawDraft(workspace.repository, draft.id)) }}
          />
        ))}
      </ul>
      {deleted !== undefined && (
        <div className="toast" role="status">
          <span>Deleted “{deleted.title}”.</span>
          <button type="button" className="button button--small" onClick={() => { run(() => workspace.restore(deleted.id)); setDeleted(undefined) }}>Undo</button>
        </div>
      )}
    </section>
  )
}

interface DraftItemProps {
  readonly draft: DraftListing
  readonly crashed: boolean
  readonly onOpen: () => void
  readonly onRename: (label: string) => void
  readonly onDuplicate: () => void
  readonly onDelete: () => void
  readonly onDownloadRaw: () => void
}

function DraftItem({ draft, crashed, onOpen, onRename, onDuplicate, onDelete, onDownloadRaw }: DraftItemProps) {
  const [renaming, setRenaming] = useState(false)
  const title = draftTitle(draft)
  const logo = draft.readable ? draft.logo : undefined
  const logoUrl = useMemo(() => (logo === undefined ? undefined : dataUrl(logo, 'image/png')), [logo])
  return (
    <li className="draft" aria-label={title}>
      {logoUrl === undefined ? <span className="draft__logo draft__logo--empty" aria-hidden="true">◆</span> : <img className="draft__logo" src={logoUrl} alt="" />}
      <div className="draft__body">
        {renaming ? (
          <form className="draft__rename" onSubmit={(event) => {
            event.preventDefault()
            const field = new FormData(event.currentTarget).get('label')
            onRename(typeof field === 'string' ? field : '')
            setRenaming(false)
          }}>
            <input name="label" className="input" aria-label="Draft name" defaultValue={title} autoFocus />
            <button type="submit" className="button button--small">Save</button>
            <button type="button" className="button button--small button--ghost" onClick={() => { setRenaming(false) }}>Cancel</button>
          </form>
        ) : <p className="draft__title">{title}</p>}
        {draft.readable ? (
          <p className="draft__meta">
            {draft.summary.name && <span>{draft.summary.name}</span>}
            {draft.summary.version && <span className="pill">v{draft.summary.version.replace(/^v/, '')}</span>}
            {draft.summary.layer && <span className="pill pill--layer">{draft.summary.layer}</span>}
            <span className={draft.summary.errors ? 'draft__errors' : undefined}>{errorText(draft.summary.errors)}</span>
            <span title={new Date(draft.updatedAt).toLocaleString()}>edited {editedAgo(draft.updatedAt)}</span>
          </p>
        ) : <p className="draft__problem">This draft cannot be read: {draft.problem}. Its stored files can still be downloaded.</p>}
        {crashed && <p className="draft__problem">This draft made Pack Builder crash last time it was open.</p>}
      </div>
      <div className="draft__actions">
        {draft.readable ? (
          <>
            <button type="button" className="button button--primary button--small" onClick={onOpen}>Open</button>
            <button type="button" className="button button--small" onClick={() => { setRenaming(true) }}>Rename</button>
            <button type="button" className="button button--small" onClick={onDuplicate}>Duplicate</button>
          </>
        ) : <button type="button" className="button button--small" onClick={onDownloadRaw}>Download its files (.zip)</button>}
        <button type="button" className="button button--small button--ghost" onClick={onDelete}>Delete</button>
      </div>
    </li>
  )
}
