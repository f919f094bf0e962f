import type { Pack } from '../../core'
import { diffFiles } from '../lint/lintProtocol'
import type { ArchiveJob, ArchiveRequest, ArchiveResponse, PackFiles } from './archiveProtocol'
import { postFileParts } from './fileParts'
import { requestWorker } from '../browser/requestWorker'

/** An archive the worker wrote, with the base name for its file (no extension). */
export interface ArchiveResult {
  readonly blob: Blob
  readonly baseName: string
}

/** The pack's files as they cross to the worker (copied: the pack keeps its own bytes). */
export function packFiles(pack: Pack): PackFiles {
  return { folderName: pack.folderName, files: [...pack.files] }
}

// The files the worker holds from the last edited-pack job; a fresh worker holds none.
let heldByWorker: ReadonlyMap<string, Uint8Array> = new Map()
const archiveWorker = requestWorker<ArchiveResponse>({
  start: () => new Worker(new URL('./archiveWorker.ts', import.meta.url), { type: 'module' }),
  stoppedMessage: 'the archive writer could not start',
  onStart: () => { heldByWorker = new Map() },
})

async function send(target: Worker, job: ArchiveJob): Promise<ArchiveResult> {
  const answer = await archiveWorker.request(target, (id): ArchiveRequest => ({ kind: 'job', id, job }))
  return { blob: answer.blob, baseName: answer.baseName }
}

/** Writes an archive in the archive worker; rejects with the writer's message (a PackWriteError's, say). */
export function writeArchiveInWorker(job: ArchiveJob): Promise<ArchiveResult> {
  return send(archiveWorker.worker(), job)
}

// Edited-pack jobs post their files one after the other: each diff is against the previous job's files.
let posting: Promise<unknown> = Promise.resolve()

async function postEditedPack(pack: Pack, format: 'zip' | 'tar.gz'): Promise<{ readonly result: Promise<ArchiveResult> }> {
  // The worker first: a fresh one holds no files, so the diff is then against nothing.
  const target = archiveWorker.worker()
  const { paths, changed } = diffFiles(heldByWorker, pack.files)
  await postFileParts(target, changed)
  // Unless the worker failed meanwhile (a new one holds nothing), it now holds this pack's files.
  if (archiveWorker.isCurrent(target)) heldByWorker = pack.files
  return { result: send(target, { kind: 'edited-pack', format, folderName: pack.folderName, paths, changedPaths: changed.map(([path]) => path) }) }
}

/**
 * Writes the pack being edited as an archive. Only the files changed since the previous call cross to
 * the worker, in slices between which the page stays responsive: no long task even for 20 MB of charts.
 */
export async function writeEditedPackInWorker(pack: Pack, format: 'zip' | 'tar.gz'): Promise<ArchiveResult> {
  const turn = posting.then(() => postEditedPack(pack, format))
  posting = turn.catch(() => undefined)
  const { result } = await turn
  return result
}
