// Files whose bytes are compressed already (chart archives, images): deflating them again costs time
// and gains nothing, so the zip writer stores them as they are (zip method STORE).
const COMPRESSED_EXTENSIONS = ['.tgz', '.gz', '.zip', '.png', '.jpg', '.jpeg', '.gif', '.webp'] as const

/** Whether a pack file is already compressed, so a zip stores it without recompressing. */
export function isAlreadyCompressed(path: string): boolean {
  const lower = path.toLowerCase()
  return COMPRESSED_EXTENSIONS.some((extension) => lower.endsWith(extension))
}
