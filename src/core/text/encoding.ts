const encoder = new TextEncoder()
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lenientDecoder = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * Encodes text as UTF-8 bytes. ASCII text (most pack files) is written straight into a buffer of its
 * length in one pass; `encode` goes through a buffer of its own and copies it, about twice as slow
 * in Chromium, and an editor encodes its whole file (300 KB for a big values.yaml) after each edit.
 */
export function encodeText(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  // Every UTF-16 unit takes at least one byte: the whole text fits only when each took exactly one.
  if (encoder.encodeInto(text, bytes).read === text.length) return bytes
  return encoder.encode(text)
}

/**
 * Decodes UTF-8 bytes. A leading byte-order mark is kept so that positions match the file, and
 * invalid sequences become U+FFFD: the caller learns whether that happened from `isValidUtf8`.
 */
export function decodeText(bytes: Uint8Array): string {
  return lenientDecoder.decode(bytes)
}

/** True when the bytes are well-formed UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictDecoder.decode(bytes)
    return true
  } catch {
    return false
  }
}

/** True when two byte arrays hold the same bytes. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) return false
  }
  return true
}
