import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createPack } from './core'
import { App } from './ui/App'
import { CrashBoundary } from './ui/layout/CrashBoundary'
import { createDraftSaver, loadDraft } from './ui/state/draftStorage'
import { createPackStore } from './ui/state/packStore'
import { reportDraftStatus } from './ui/state/draftStatus'
import { PackStoreContext } from './ui/state/usePackStore'

async function start(container: HTMLElement) {
  const draft = await loadDraft()
  const store = createPackStore({
    pack: draft?.pack ?? createPack('', []),
    selectedPath: draft?.selectedPath ?? 'pack.json',
    reveal: undefined,
    lintMode: 'author',
  })
  // The draft is saved after every change, so a reload never loses work.
  const saveDraft = createDraftSaver(
    (error: unknown) => { reportDraftStatus({ saved: false, reason: error instanceof Error ? error.message : String(error) }) },
    () => { reportDraftStatus({ saved: true }) },
  )
  let saved = store.getState()
  store.subscribe(() => {
    const state = store.getState()
    if (state.pack === saved.pack && state.selectedPath === saved.selectedPath) return
    saved = state
    saveDraft(state.pack, state.selectedPath)
  })
  createRoot(container).render(
    <StrictMode>
      <CrashBoundary store={store}>
        <PackStoreContext value={store}>
          <App />
        </PackStoreContext>
      </CrashBoundary>
    </StrictMode>,
  )
}

const container = document.getElementById('root')
if (container) void start(container)
