import type { Pack } from '../../core'
import type { ArchiveJob, ArchiveRequest, ArchiveResponse, PackFiles } from './archiveProtocol'

/** An archive the worker wrote, with the base name for its file (no extension). */
export interface ArchiveResult {
  readonly bytes: Uint8Array
  readonly baseName: string
}

/** The pack's files as they cross to the worker (copied: the pack keeps its own bytes). */
export function packFiles(pack: Pack): PackFiles {
  return { folderName: pack.folderName, files: [...pack.files] }
}

let worker: Worker | undefined
let lastId = 0
const waiting = new Map<number, { resolve: (result: ArchiveResult) => void; reject: (error: Error) => void }>()

function archiveWorker(): Worker {
  if (worker) return worker
  const started = new Worker(new URL('./archiveWorker.ts', import.meta.url), { type: 'module' })
  started.onmessage = (event: MessageEvent<ArchiveResponse>) => {
    const answer = event.data
    const pending = waiting.get(answer.id)
    waiting.delete(answer.id)
    if (answer.ok) pending?.resolve({ bytes: answer.bytes, baseName: answer.baseName })
    else pending?.reject(new Error(answer.message))
  }
  started.onerror = (event) => {
    // The worker itself failed (its code could not load): every job waiting on it fails, and the next starts a new one.
    event.preventDefault()
    const problem = new Error(event.message === '' ? 'the archive writer could not start' : event.message)
    for (const pending of waiting.values()) pending.reject(problem)
    waiting.clear()
    started.terminate()
    worker = undefined
  }
  worker = started
  return started
}

/** Writes an archive in the archive worker; rejects with the writer's message (a PackWriteError's, say). */
export function writeArchiveInWorker(job: ArchiveJob): Promise<ArchiveResult> {
  lastId += 1
  const request: ArchiveRequest = { id: lastId, job }
  return new Promise<ArchiveResult>((resolve, reject) => {
    waiting.set(request.id, { resolve, reject })
    archiveWorker().postMessage(request)
  })
}
