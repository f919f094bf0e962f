/** A data: URL holding `bytes` (previews need no blob URL to revoke, and the CSP allows data: images). */
export function dataUrl(bytes: Uint8Array, type: string): string {
  let binary = ''
  const chunk = 0x8000
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk))
  }
  return `data:${type};base64,${btoa(binary)}`
}
