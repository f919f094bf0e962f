import type { ClassifiedSources } from './classifySources'
import type { OpenRequest, OpenResponse } from './openProtocol'
import type { OpenSource } from './openSource'

let worker: Worker | undefined
let lastId = 0
const waiting = new Map<number, { resolve: (classified: ClassifiedSources) => void; reject: (error: Error) => void }>()

function openWorker(): Worker {
  if (worker) return worker
  const started = new Worker(new URL('./openWorker.ts', import.meta.url), { type: 'module' })
  started.onmessage = (event: MessageEvent<OpenResponse>) => {
    const answer = event.data
    const pending = waiting.get(answer.id)
    waiting.delete(answer.id)
    if (answer.ok) pending?.resolve(answer.classified)
    else pending?.reject(new Error(answer.message))
  }
  started.onerror = (event) => {
    // The worker itself failed (its code could not load, or it ran out of memory): every job waiting
    // on it fails with a message, and the next open starts a new one.
    event.preventDefault()
    const problem = new Error(event.message === '' ? 'the archive reader stopped before it finished' : event.message)
    for (const pending of waiting.values()) pending.reject(problem)
    waiting.clear()
    started.terminate()
    worker = undefined
  }
  worker = started
  return started
}

/**
 * Reads and classifies sources in the open worker, so the page stays responsive while a large archive
 * is inflated and checked. Failures of a source come back in `failures`, as classifySources gives them.
 */
export function classifySourcesInWorker(sources: readonly OpenSource[]): Promise<ClassifiedSources> {
  lastId += 1
  const request: OpenRequest = { id: lastId, sources }
  return new Promise<ClassifiedSources>((resolve, reject) => {
    waiting.set(request.id, { resolve, reject })
    openWorker().postMessage(request)
  })
}
