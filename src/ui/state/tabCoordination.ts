/** What tabs tell each other about drafts, over a BroadcastChannel. */
export type TabMessage =
  | { readonly type: 'saved'; readonly id: string }
  | { readonly type: 'takeover'; readonly id: string }
  | { readonly type: 'list-changed' }

const CHANNEL = 'pack-builder-drafts'
const lockName = (id: string) => `pack-builder-draft:${id}`
/** How long a takeover waits for the other tab to save and let go before taking the lock anyway. */
const TAKEOVER_WAIT_MS = 3000

export interface TabCoordination {
  readonly post: (message: TabMessage) => void
  /** Takes the draft's edit lock if no other tab holds it; false when one does. */
  readonly claim: (id: string) => Promise<boolean>
  /** Asks the holder to let go (it saves first), then takes the lock, by force if it does not answer. */
  readonly takeOver: (id: string) => Promise<void>
  readonly release: (id: string) => void
  readonly close: () => void
}

function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false
  if (value.type === 'list-changed') return true
  return (value.type === 'saved' || value.type === 'takeover') && 'id' in value && typeof value.id === 'string'
}

/**
 * One edit lock per draft (Web Locks: released by the browser when a tab closes or crashes) and a
 * channel for "saved" and "take over" messages. Without Web Locks (very old browsers) every tab edits.
 */
export function createTabCoordination(onMessage: (message: TabMessage) => void, onLockLost: (id: string) => void): TabCoordination {
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL)
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => { if (isTabMessage(event.data)) onMessage(event.data) })
  const held = new Map<string, () => void>()
  const locks = typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined

  const request = (id: string, options: LockOptions) => new Promise<boolean>((resolve) => {
    if (locks === undefined) {
      resolve(true)
      return
    }
    let granted = false
    locks.request(lockName(id), options, (lock) => {
      if (lock === null) {
        resolve(false)
        return undefined
      }
      granted = true
      resolve(true)
      return new Promise<void>((release) => { held.set(id, release) })
    }).catch(() => {
      // Rejected before the grant: the wait was aborted. After it: another tab stole the lock.
      if (!granted) resolve(false)
      else if (held.delete(id)) onLockLost(id)
    })
  })

  return {
    post(message) { channel?.postMessage(message) },
    claim: (id) => (held.has(id) ? Promise.resolve(true) : request(id, { ifAvailable: true })),
    async takeOver(id) {
      channel?.postMessage({ type: 'takeover', id } satisfies TabMessage)
      const patience = new AbortController()
      const timer = setTimeout(() => { patience.abort() }, TAKEOVER_WAIT_MS)
      const granted = await request(id, { signal: patience.signal })
      clearTimeout(timer)
      if (!granted) await request(id, { steal: true })
    },
    release(id) {
      held.get(id)?.()
      held.delete(id)
    },
    close() {
      for (const release of held.values()) release()
      held.clear()
      channel?.close()
    },
  }
}
