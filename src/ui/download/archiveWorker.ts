import type { ArchiveRequest, ArchiveResponse } from './archiveProtocol'
import { writeArchive } from './writeArchive'

// Writes zip and tar.gz archives off the main thread: compressing a pack with 20 MB of charts takes
// most of a second, which would freeze the page. The app is typed with the DOM lib; this is the slice
// of the worker scope we use.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArchiveRequest>) => void) | null
  postMessage: (message: ArchiveResponse, transfer: Transferable[]) => void
}

scope.onmessage = (event) => {
  const { id, job } = event.data
  writeArchive(job).then(
    ({ bytes, baseName }) => { scope.postMessage({ id, ok: true, bytes, baseName }, [bytes.buffer]) },
    (error: unknown) => { scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }, []) },
  )
}
