const CHUNK = 0x8000

/** Standard base64 (with padding), as Go's encoding/json expects for []byte. */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let start = 0; start < bytes.length; start += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(start, start + CHUNK)))
  }
  return btoa(parts.join(''))
}
