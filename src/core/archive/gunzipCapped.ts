import { Gunzip } from 'fflate'
import { formatBytes } from './archiveLimits'
import { PackReadError, asPackReadError } from './packReadError'

// Small input steps bound what one push can inflate to (deflate expands at most ~1032x).
const INPUT_STEP = 16 * 1024

/**
 * A faster gunzip the host may provide (Node's native zlib in the CLI): the whole output, or
 * undefined when it cannot give one (corrupt or cut-off data, output over `maxBytes`). Then the
 * built-in one (fflate) runs and words the problem, so a problem's message never depends on the host.
 */
export type FastGunzip = (bytes: Uint8Array, maxBytes: number) => Uint8Array | undefined

/**
 * Gunzips in memory, stopping as soon as the output passes `maxBytes` instead of trusting any
 * declared size. Throws PackReadError for corrupt or truncated gzip data.
 */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number, archive: string, capReason: string, fast?: FastGunzip): Uint8Array {
  const quick = fast?.(bytes, maxBytes)
  if (quick !== undefined && quick.length <= maxBytes) return quick
  const chunks: Uint8Array[] = []
  let produced = 0
  const state = { finished: false }
  const gunzip = new Gunzip((chunk, final) => {
    produced += chunk.length
    if (produced > maxBytes) throw new PackReadError(archive, `unpacks to more than ${formatBytes(maxBytes)} (${capReason})`)
    chunks.push(chunk)
    if (final) state.finished = true
  })
  try {
    for (let offset = 0; offset < bytes.length; offset += INPUT_STEP) {
      const end = Math.min(bytes.length, offset + INPUT_STEP)
      gunzip.push(bytes.subarray(offset, end), end === bytes.length)
    }
  } catch (error) {
    throw asPackReadError(error, archive, 'is not valid gzip data or is cut off')
  }
  if (!state.finished) throw new PackReadError(archive, 'gzip data is cut off before its end')
  return concatBytes(chunks, produced)
}

/** Joins chunks into one array of `total` bytes. */
export function concatBytes(chunks: readonly Uint8Array[], total = chunks.reduce((sum, chunk) => sum + chunk.length, 0)): Uint8Array {
  const result = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    result.set(chunk, offset)
    offset += chunk.length
  }
  return result
}
