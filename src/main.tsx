import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createPack } from './core'
import { App } from './ui/App'
import { createDraftSaver, loadDraft } from './ui/state/draftStorage'
import { createPackStore } from './ui/state/packStore'
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
  const drafts = createDraftSaver((error: unknown) => { console.warn('Could not save the draft', error) })
  let saved = store.getState()
  store.subscribe(() => {
    const state = store.getState()
    if (state.pack === saved.pack && state.selectedPath === saved.selectedPath) return
    saved = state
    drafts.save(state.pack, state.selectedPath)
  })
  window.addEventListener('pagehide', drafts.flush)
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') drafts.flush() })
  createRoot(container).render(
    <StrictMode>
      <PackStoreContext value={store}>
        <App />
      </PackStoreContext>
    </StrictMode>,
  )
}

const container = document.getElementById('root')
if (container) void start(container)
