import { parseFamiliarName } from '@swimlane/docker-reference'

/** A container image reference in its canonical form. */
export interface ImageReference {
  /** `docker.io`, `ghcr.io`, `registry.k8s.io:5000`... (Docker Hub is `docker.io`). */
  readonly registry: string
  /** `library/nginx`, `coder/coder`... */
  readonly repository: string
  /** The tag; `latest` when the reference names neither a tag nor a digest (as `docker pull` does). */
  readonly tag: string | undefined
  /** `sha256:...`, kept as written. */
  readonly digest: string | undefined
  /** `registry/repository[:tag][@digest]`: equal for references that pull the same image. */
  readonly canonical: string
  /** `registry/repository`: equal for the same image at another tag or digest. */
  readonly name: string
}

/** The result of reading an image reference: the reference, or why it is not one. */
export type ImageReferenceResult = { readonly ok: true; readonly reference: ImageReference } | { readonly ok: false; readonly problem: string }

/**
 * Reads an image reference the way Docker and containerd do (distribution/reference's
 * ParseNormalizedNamed, through @swimlane/docker-reference, a port of that grammar): Docker Hub
 * names get `docker.io/` and official images `library/`, `index.docker.io` is `docker.io`, a
 * reference without tag or digest means `:latest`, digests are kept.
 */
export function parseImageReference(text: string): ImageReferenceResult {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, problem: 'the image reference is empty' }
  let parsed
  try {
    parsed = parseFamiliarName(trimmed)
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : 'invalid reference format' }
  }
  const registry = parsed.domain ?? ''
  const repository = parsed.repository ?? ''
  if (registry === '' || repository === '') return { ok: false, problem: 'the image reference has no repository' }
  const digest = parsed.digest
  const tag = parsed.tag ?? (digest === undefined ? 'latest' : undefined)
  const name = `${registry}/${repository}`
  const canonical = `${name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`
  return { ok: true, reference: { registry, repository, tag, digest, canonical, name } }
}

/** The canonical form of a reference, or undefined when it is not one. */
export function normaliseImageReference(text: string): string | undefined {
  const result = parseImageReference(text)
  return result.ok ? result.reference.canonical : undefined
}

/** The repository path without its registry (`coder/coder`), to match the same image in another registry. */
export function repositoryPath(reference: ImageReference): string {
  return reference.registry === 'docker.io' && reference.repository.startsWith('library/') ? reference.repository.slice('library/'.length) : reference.repository
}
