import { useRegisterSW } from 'virtual:pwa-register/react'

/**
 * Registers the service worker that makes the app work offline, and announces a new version. The new
 * version only takes over when the user clicks "Reload to update"; the draft is saved in IndexedDB
 * after every change, so the reload keeps it.
 */
export function UpdatePrompt() {
  const { needRefresh: [needRefresh, setNeedRefresh], offlineReady: [offlineReady, setOfflineReady], updateServiceWorker } = useRegisterSW({
    onRegisterError(error: unknown) {
      // No service worker (private mode, an old browser): the app still works online.
      console.warn('Pack Builder could not set up offline use', error)
    },
  })
  if (needRefresh) {
    return (
      <div className="banner" role="status">
        <p>A new version of Pack Builder is ready.</p>
        <button type="button" className="button button--small button--primary" onClick={() => { void updateServiceWorker(true) }}>Reload to update</button>
        <button type="button" className="button button--small" onClick={() => { setNeedRefresh(false) }}>Later</button>
      </div>
    )
  }
  if (offlineReady) {
    return (
      <div className="banner" role="status">
        <p>Pack Builder is ready to work offline.</p>
        <button type="button" className="button button--small" onClick={() => { setOfflineReady(false) }}>Dismiss</button>
      </div>
    )
  }
  return null
}
