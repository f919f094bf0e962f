/** Saves a Blob as a file through the browser's download: the only place the app touches Blob URLs. */
export function downloadBlob(blob: Blob, fileName: string): void {
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
