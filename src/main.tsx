import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App'
import { DraftWorkspaceContext } from './ui/drafts/workspaceContext'
import { CrashBoundary } from './ui/layout/CrashBoundary'
import { startDraftWorkspace } from './ui/state/draftWorkspace'
import { PackStoreContext } from './ui/state/usePackStore'

async function start(container: HTMLElement) {
  // Moves an old single draft over and reopens this tab's draft (unless it crashed the app last time).
  const workspace = await startDraftWorkspace()
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
