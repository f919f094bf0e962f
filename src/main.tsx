import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App'
import { DraftWorkspaceContext } from './ui/drafts/workspaceContext'
import { CrashBoundary } from './ui/layout/CrashBoundary'
import { preloadBuilder } from './ui/layout/lazyBuilder'
import { startDraftWorkspace } from './ui/state/draftWorkspace'
import { draftToReopen } from './ui/state/openDraftKeys'
import { PackStoreContext } from './ui/state/usePackStore'

/** On a slow network the page shows its frame (with the builder's panels loading) after this long. */
const BUILDER_WAIT_MS = 1500

async function start(container: HTMLElement) {
  performance.mark('pack-builder:app')
  // A reload with a draft open fetches the builder and the form while the draft is read from
  // IndexedDB, and renders once with both: no waterfall of draft, then builder, then form.
  const builder = draftToReopen() === undefined ? undefined : preloadBuilder()
  // Moves an old single draft over and reopens this tab's draft (unless it crashed the app last time).
  const workspace = await startDraftWorkspace()
  performance.mark('pack-builder:draft-read')
  if (builder !== undefined && workspace.store.getState().draftId !== undefined) {
    await Promise.race([builder, new Promise((resolve) => setTimeout(resolve, BUILDER_WAIT_MS))])
  }
  performance.mark('pack-builder:first-render')
  createRoot(container).render(
    <StrictMode>
      <DraftWorkspaceContext value={workspace}>
        <PackStoreContext value={workspace.store}>
          <CrashBoundary workspace={workspace}>
            <App />
          </CrashBoundary>
        </PackStoreContext>
      </DraftWorkspaceContext>
    </StrictMode>,
  )
}

const container = document.getElementById('root')
if (container) void start(container)
