import type { ArchiveJob, ArchiveMessage, ArchiveResponse, EditedPackJob, FilePart } from './archiveProtocol'
import { writeArchive } from './writeArchive'

// Writes zip and tar.gz archives off the main thread: compressing a pack with 20 MB of charts takes
// most of a second, which would freeze the page. The app is typed with the DOM lib; this is the slice
// of the worker scope we use.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArchiveMessage>) => void) | null
  postMessage: (message: ArchiveResponse, transfer: Transferable[]) => void
}

// The files of the last edited-pack job: the next one sends only what changed since.
let held: ReadonlyMap<string, Uint8Array> = new Map()
// Changed files being assembled from their parts, until the job that names them.
const incoming = new Map<string, Uint8Array>()

const MIME_TYPES = { zip: 'application/zip', 'tar.gz': 'application/gzip' } as const

function receivePart(part: FilePart): void {
  let bytes = incoming.get(part.path)
  if (bytes?.length !== part.total) {
    bytes = new Uint8Array(part.total)
    incoming.set(part.path, bytes)
  }
  bytes.set(part.bytes, part.offset)
}

/** A job with the edited pack's files resolved against the files held from the previous one. */
function resolveJob(job: ArchiveJob): Exclude<ArchiveJob, EditedPackJob> {
  if (job.kind !== 'edited-pack') return job
  const changed = new Set(job.changedPaths)
  const files = new Map<string, Uint8Array>()
  for (const path of job.paths) {
    const bytes = changed.has(path) ? incoming.get(path) : held.get(path)
    // One sender sends every part before its job: a missing file cannot happen, and would only be left out.
    if (bytes !== undefined) files.set(path, bytes)
  }
  incoming.clear()
  held = files
  return { kind: 'pack', format: job.format, pack: { folderName: job.folderName, files: [...files] } }
}

/** The archive's bytes as a Blob part, without a copy when they sit in a plain ArrayBuffer (they always do). */
function blobPart(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes.slice()
}

scope.onmessage = (event) => {
  const message = event.data
  if (message.kind === 'file-part') {
    receivePart(message)
    return
  }
  const { id } = message
  // Resolved at once, in the order the jobs arrive: each diff is against the one before it.
  const job = resolveJob(message.job)
  writeArchive(job).then(
    ({ bytes, baseName }) => {
      // The Blob is made here, so the page neither copies the archive nor waits for it to be copied.
      const blob = new Blob([blobPart(bytes)], { type: job.kind === 'pack' ? MIME_TYPES[job.format] : MIME_TYPES.zip })
      scope.postMessage({ id, ok: true, blob, baseName }, [])
    },
    (error: unknown) => { scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }, []) },
  )
}
