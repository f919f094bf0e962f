import type { FilePart } from './archiveProtocol'

/**
 * The most bytes copied on the page's thread in one task when files cross to a worker. The pack keeps
 * its bytes, so they are copied, not moved; a 20 MB chart copied in one go is a long task (100 ms and
 * more on a slow machine), a slice of 1 MiB a few milliseconds.
 */
export const SLICE_BYTES = 1024 * 1024

/** The parts a file crosses in: slices of at most `sliceBytes`, each a copy with a buffer of its own to transfer. */
export function* filePartsOf(path: string, bytes: Uint8Array, sliceBytes = SLICE_BYTES): Generator<FilePart> {
  if (bytes.length === 0) {
    yield { kind: 'file-part', path, total: 0, offset: 0, bytes: new Uint8Array(0) }
    return
  }
  for (let offset = 0; offset < bytes.length; offset += sliceBytes) {
    yield { kind: 'file-part', path, total: bytes.length, offset, bytes: bytes.slice(offset, offset + sliceBytes) }
  }
}

/** Lets the page handle input and paint before the next slice (a macrotask, unlike a resolved promise). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => { setTimeout(resolve, 0) })
}

/** Posts files to a worker as transferred slices, giving the thread back after each SLICE_BYTES copied. */
export async function postFileParts(target: { postMessage: (message: FilePart, transfer: Transferable[]) => void }, files: readonly (readonly [string, Uint8Array])[]): Promise<void> {
  let copied = 0
  for (const [path, bytes] of files) {
    for (const part of filePartsOf(path, bytes)) {
      target.postMessage(part, [part.bytes.buffer])
      copied += part.bytes.length
      if (copied >= SLICE_BYTES) {
        await nextTask()
        copied = 0
      }
    }
  }
}
