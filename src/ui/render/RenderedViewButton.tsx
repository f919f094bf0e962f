import { useAppState, usePackStore } from '../state/usePackStore'

/** Opens the Rendered view; sits under the file tree, as the view of what those files deploy. */
export function RenderedViewButton() {
  const store = usePackStore()
  const current = useAppState((state) => state.mainView === 'rendered')
  return (
    <nav className="rendered-link" aria-label="Pack views">
      <button
        type="button"
        className="button button--small"
        aria-current={current ? 'page' : undefined}
        title="What the charts and manifests render to with the pack's values, checked against Kubernetes schemas, and the images they run"
        onClick={store.showRendered}
      >
        Rendered output
      </button>
    </nav>
  )
}
