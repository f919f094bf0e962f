import { hasReferenceShape } from '../images/imageReference'
import { parseFamiliarName } from '@swimlane/docker-reference'

/**
 * An image reference in its full form (`nginx` -> `docker.io/library/nginx`), tag and digest kept,
 * or undefined when the text is not a valid reference (templated, spaces, upper case, ...).
 */
export function normalizeImageReference(reference: string): string | undefined {
  const trimmed = reference.trim()
  if (trimmed === '' || trimmed.includes('{{') || !hasReferenceShape(trimmed)) return undefined
  try {
    return parseFamiliarName(trimmed).toString()
  } catch {
    // The library throws on anything outside the reference grammar; such text is not an image.
    return undefined
  }
}

/** True when a normalized reference names a tag or a digest (`repo:tag`, `repo@sha256:...`). */
export function referenceIsPinned(reference: string): boolean {
  if (!hasReferenceShape(reference)) return false
  try {
    const parsed = parseFamiliarName(reference)
    return parsed.tag !== undefined || parsed.digest !== undefined
  } catch {
    return false
  }
}
