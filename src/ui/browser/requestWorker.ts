/** What a request worker answers: the request's id, then its result or the reason it failed. */
export type WorkerAnswer = { readonly id: number } & ({ readonly ok: true } | { readonly ok: false; readonly message: string })

export interface RequestWorker<Answer extends WorkerAnswer> {
  /** The running worker, started on first use (and again after it failed). */
  readonly worker: () => Worker
  /** Whether `target` is still the running worker (it may have failed and been replaced). */
  readonly isCurrent: (target: Worker) => boolean
  /** Posts the request `make` builds for a fresh id to `target`; resolves with the successful answer. */
  readonly request: (target: Worker, make: (id: number) => unknown) => Promise<Extract<Answer, { ok: true }>>
}

/**
 * A worker started on first use that answers requests by id, shared by the open and archive clients.
 * When the worker itself fails (its code could not load, or it ran out of memory), every request
 * waiting on it fails with a message, and the next request starts a new one (`onStart` runs then).
 */
export function requestWorker<Answer extends WorkerAnswer>(options: {
  readonly start: () => Worker
  /** The message when the browser gives none. */
  readonly stoppedMessage: string
  readonly onStart?: () => void
}): RequestWorker<Answer> {
  let current: Worker | undefined
  let lastId = 0
  const waiting = new Map<number, { resolve: (answer: Extract<Answer, { ok: true }>) => void; reject: (error: Error) => void }>()

  const worker = () => {
    if (current) return current
    const started = options.start()
    started.onmessage = (event: MessageEvent<Answer>) => {
      const answer = event.data
      const pending = waiting.get(answer.id)
      waiting.delete(answer.id)
      if (answer.ok) pending?.resolve(answer as Extract<Answer, { ok: true }>)
      else pending?.reject(new Error(answer.message))
    }
    started.onerror = (event) => {
      event.preventDefault()
      const problem = new Error(event.message === '' ? options.stoppedMessage : event.message)
      for (const pending of waiting.values()) pending.reject(problem)
      waiting.clear()
      started.terminate()
      current = undefined
    }
    current = started
    options.onStart?.()
    return started
  }

  return {
    worker,
    isCurrent: (target) => target === current,
    request: (target, make) => {
      lastId += 1
      const id = lastId
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        target.postMessage(make(id))
      })
    },
  }
}
