import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { downloadPackZip } from '../drafts/draftDownloads'
import { draftTitle } from '../drafts/draftText'
import type { DraftListing } from '../state/draftRepository'
import type { DraftWorkspace } from '../state/draftWorkspace'

interface CrashBoundaryProps {
  readonly workspace: DraftWorkspace
  readonly children: ReactNode
}

interface CrashBoundaryState {
  readonly error: Error | undefined
  readonly otherDrafts: readonly DraftListing[]
}

/**
 * Catches a render failure anywhere in the app, so one pack that breaks a view does not take the
 * workspace down: the user can download that draft, open another one or go back to all drafts, and a
 * reload goes to the start page (the draft is remembered as the one that crashed) instead of crashing again.
 */
export class CrashBoundary extends Component<CrashBoundaryProps, CrashBoundaryState> {
  override state: CrashBoundaryState = { error: undefined, otherDrafts: [] }

  static getDerivedStateFromError(error: unknown): Partial<CrashBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Pack Builder failed to render', error, info.componentStack)
    const { workspace } = this.props
    const crashed = workspace.store.getState().draftId
    workspace.markCrashed(crashed)
    workspace.repository.list().then(
      (drafts) => { this.setState({ otherDrafts: drafts.filter((draft) => draft.readable && draft.id !== crashed) }) },
      () => undefined,
    )
  }

  private readonly recover = (next: () => unknown) => {
    void Promise.resolve(next()).finally(() => { this.setState({ error: undefined, otherDrafts: [] }) })
  }

  override render(): ReactNode {
    const { error, otherDrafts } = this.state
    if (!error) return this.props.children
    const { workspace } = this.props
    const hasDraft = workspace.store.getState().draftId !== undefined
    return (
      <main className="crash" role="alert">
        <h1>Pack Builder hit a problem it cannot show</h1>
        <p>{error.message}</p>
        <p>
          {hasDraft ? 'This draft is saved in this browser and can be downloaded as it is now. ' : ''}
          Your other drafts are not affected. A reload goes to the start page.
        </p>
        <div className="crash__actions">
          {hasDraft && <button type="button" className="button button--primary" onClick={() => { void downloadPackZip(workspace.store.currentPack()) }}>Download this draft (.zip)</button>}
          <button type="button" className="button" onClick={() => { this.recover(() => { workspace.closeDraft() }) }}>Back to all drafts</button>
          <button type="button" className="button" onClick={() => { window.location.reload() }}>Reload</button>
        </div>
        {otherDrafts.length > 0 && (
          <>
            <h2>Other drafts</h2>
            <ul aria-label="Other drafts">
              {otherDrafts.map((draft) => (
                <li key={draft.id}>
                  <button type="button" className="button button--small" onClick={() => { this.recover(() => workspace.openDraft(draft.id)) }}>Open {draftTitle(draft)}</button>
                </li>
              ))}
            </ul>
          </>
        )}
      </main>
    )
  }
}
