import { Component, lazy, Suspense, useState } from 'react'
import type { ComponentType, ErrorInfo, FunctionComponent, ReactNode } from 'react'

/** The panel's code could not be loaded (as opposed to failing while it renders). */
class PanelLoadError extends Error {
  override readonly name = 'PanelLoadError'
}

interface BoundaryProps {
  readonly what: string
  /** Only failures to load the code are shown here; a render failure goes on to the app's crash screen. */
  readonly loadErrorsOnly: boolean
  readonly onRetry: () => void
  readonly children: ReactNode
}

/** Shows a failed panel's problem inside the panel, with Retry, instead of taking the page down. */
class PanelErrorBoundary extends Component<BoundaryProps, { error: Error | undefined }> {
  override state: { error: Error | undefined } = { error: undefined }

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Pack Builder could not show ${this.props.what}`, error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    if (this.props.loadErrorsOnly && !(error instanceof PanelLoadError)) throw error
    return (
      <div className="panel-error" role="alert">
        <p><strong>Could not load {this.props.what}.</strong> {describeLoadError(error)}</p>
        <p>Your pack is safe; nothing was lost.</p>
        <button type="button" className="button" onClick={this.props.onRetry}>Retry</button>
      </div>
    )
  }
}

export function describeLoadError(error: Error): string {
  // Chromium, Firefox and Safari word a failed chunk download differently.
  if (/dynamically imported module|Importing a module script failed|Failed to fetch|Unable to preload CSS/i.test(error.message)) {
    return 'Part of the app could not be downloaded; check the connection (after the first visit the app also works offline).'
  }
  return error.message
}

/** A lazily loaded panel, whose code can also be fetched ahead of its first render. */
export interface LazyPanel<Props extends object> extends FunctionComponent<Props> {
  /** Loads the code now; a panel mounted after it resolved renders at once, without a Suspense round. */
  readonly preload: () => Promise<void>
}

/**
 * A component loaded on first use (React.lazy) that, when its code cannot be downloaded or it fails to
 * render, shows the problem and a Retry button in its own panel. Retry imports the code again: a
 * fresh `lazy` is made, since React keeps a failed one's error forever. `quiet` shows nothing while
 * loading (small header parts, where a "Loading…" line would only flash); `loadErrorsOnly` leaves a
 * failure while rendering to the app's crash screen, as for a part that is not lazy.
 *
 * Once the code is loaded (by `preload` or by an earlier render), a newly mounted panel renders the
 * component directly: a suspended first render would commit the fallback, and React then holds back
 * the content for its Suspense throttle (300 ms) even when the code arrives sooner.
 */
export function lazyPanel<Props extends object>(
  what: string,
  load: () => Promise<ComponentType<Props>>,
  options: { readonly quiet?: boolean; readonly loadErrorsOnly?: boolean } = {},
): LazyPanel<Props> {
  const shared: { loading: Promise<ComponentType<Props>> | undefined; ready: ComponentType<Props> | undefined } = { loading: undefined, ready: undefined }
  const loadOnce = () => {
    shared.loading ??= load().then(
      (component) => {
        shared.ready = component
        return component
      },
      (error: unknown) => {
        // Forgotten, so a retry downloads the code again.
        shared.loading = undefined
        throw error
      },
    )
    return shared.loading
  }
  const makeLazy = () => lazy(async () => {
    try {
      return { default: await loadOnce() }
    } catch (error) {
      throw new PanelLoadError(error instanceof Error ? error.message : String(error), { cause: error })
    }
  })
  let latestLazy = makeLazy()
  function LazyPanel(props: Props) {
    const [attempt, setAttempt] = useState(0)
    // Chosen once per mount: switching from the lazy to the loaded component would remount it and lose its state.
    const [Shown, setShown] = useState<ComponentType<Props>>(() => shared.ready ?? latestLazy)
    const retry = () => {
      latestLazy = makeLazy()
      setShown(() => latestLazy)
      setAttempt(attempt + 1)
    }
    return (
      <PanelErrorBoundary key={attempt} what={what} onRetry={retry} loadErrorsOnly={options.loadErrorsOnly === true}>
        <Suspense fallback={options.quiet === true ? null : <p className="panel-loading" role="status">Loading {what}…</p>}>
          <Shown {...props} />
        </Suspense>
      </PanelErrorBoundary>
    )
  }
  LazyPanel.displayName = `LazyPanel(${what})`
  LazyPanel.preload = () => loadOnce().then(() => undefined)
  return LazyPanel
}
