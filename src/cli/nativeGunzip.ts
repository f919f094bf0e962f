import { gunzipSync } from 'node:zlib'
import type { FastGunzip } from '../core'

const MIN_CHUNK = 64 * 1024
const MAX_CHUNK = 64 * 1024 * 1024

/**
 * Node's zlib for the core's chart reading: several times faster than the JS inflate the browser
 * uses. Anything it cannot do within `maxBytes` (corrupt, cut off, too large) is left to the core's
 * own gunzip, which words the problem the same way in the app and the CLI.
 */
export const nativeGunzip: FastGunzip = (bytes, maxBytes) => {
  try {
    const output = gunzipSync(bytes, { maxOutputLength: Math.max(1, maxBytes), chunkSize: chunkSizeFor(bytes, maxBytes) })
    return new Uint8Array(output.buffer, output.byteOffset, output.byteLength)
  } catch {
    return undefined
  }
}

/**
 * zlib writes its output in chunks and joins them at the end; sized from the gzip trailer's ISIZE
 * (the input's length mod 2^32, a hint only: never trusted as a limit), most outputs are one chunk.
 */
function chunkSizeFor(bytes: Uint8Array, maxBytes: number): number {
  const end = bytes.length
  const declared = end >= 18 ? ((bytes[end - 4] ?? 0) | ((bytes[end - 3] ?? 0) << 8) | ((bytes[end - 2] ?? 0) << 16)) + (bytes[end - 1] ?? 0) * 2 ** 24 : 0
  return Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.min(declared + 1, maxBytes + 1)))
}
