/** Saves bytes as a file through the browser's download: the only place the app touches Blob URLs. */
export function downloadBytes(bytes: Uint8Array, fileName: string, mimeType: string): void {
  const blob = new Blob([bytes.slice().buffer], { type: mimeType })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started by now; give the browser a moment before the URL goes away.
  setTimeout(() => { URL.revokeObjectURL(url) }, 10_000)
}

/** A data: URL for an image, for small previews (the CSP allows data: images). */
export function imageDataUrl(bytes: Uint8Array, mimeType: string): string {
  let binary = ''
  const CHUNK = 0x8000
  for (let index = 0; index < bytes.length; index += CHUNK) binary += String.fromCharCode(...bytes.subarray(index, index + CHUNK))
  return `data:${mimeType};base64,${btoa(binary)}`
}
