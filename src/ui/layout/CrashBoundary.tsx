import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { archiveBaseName, writePackZip } from '../../core'
import { downloadBytes } from '../browser/downloadBytes'
import type { PackStore } from '../state/packStore'

interface CrashBoundaryProps {
  readonly store: PackStore
  readonly children: ReactNode
}

/**
 * Catches a render failure anywhere in the app, so the user sees what happened and keeps the pack
 * (it is still in the store and in the saved draft) instead of a blank page.
 */
export class CrashBoundary extends Component<CrashBoundaryProps, { error: Error | undefined }> {
  override state: { error: Error | undefined } = { error: undefined }

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Pack Builder failed to render', error, info.componentStack)
  }

  private readonly downloadPack = async () => {
    const pack = this.props.store.getState().pack
    downloadBytes(await writePackZip(pack), `${archiveBaseName(pack)}.zip`, 'application/zip')
  }

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <main className="crash" role="alert">
        <h1>Pack Builder hit a problem it cannot show</h1>
        <p>{error.message}</p>
        <p>Your pack is safe: it is saved in this browser and comes back when you reload. You can also download it as it is now.</p>
        <div className="crash__actions">
          <button type="button" className="button button--primary" onClick={() => { void this.downloadPack() }}>Download the pack (.zip)</button>
          <button type="button" className="button" onClick={() => { window.location.reload() }}>Reload</button>
        </div>
      </main>
    )
  }
}
