import type { ClassifiedSources } from './classifySources'
import { classifySources } from './classifySources'
import type { OpenRequest, OpenResponse } from './openProtocol'

// Reads and classifies opened archives and folders off the main thread: inflating a pack with 20 MB
// of charts, checking every entry and reading its charts takes seconds, which would freeze the page.
// The app is typed with the DOM lib; this is the slice of the worker scope we use.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OpenRequest>) => void) | null
  postMessage: (message: OpenResponse, transfer: Transferable[]) => void
}

/** Every buffer behind the packs' and charts' bytes, once each: they move to the page instead of being copied. */
function buffersOf(classified: ClassifiedSources): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  const add = (bytes: Uint8Array) => { if (bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer) }
  for (const candidate of classified.candidates) for (const bytes of candidate.pack.files.values()) add(bytes)
  for (const chart of classified.charts) add(chart.bytes)
  return [...buffers]
}

scope.onmessage = (event) => {
  const { id, sources } = event.data
  classifySources(sources).then(
    (classified) => { scope.postMessage({ id, ok: true, classified }, buffersOf(classified)) },
    (error: unknown) => { scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }, []) },
  )
}
