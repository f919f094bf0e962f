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
  if (!hasReferenceShape(trimmed)) return { ok: false, problem: 'invalid reference format' }
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

/** Longest reference accepted; distribution/reference caps a name at 255 characters. */
const MAX_REFERENCE_LENGTH = 512

/**
 * A linear-time check of the reference's outline before the grammar's regular expression sees it:
 * that expression backtracks for minutes on near-misses from values files (a repository that already
 * holds a tag, then `:tag` again). Only the first path component (a registry host) may hold a `:`
 * (its port), the last one at most one (its tag), none after an `@digest` aside.
 */
export function hasReferenceShape(text: string): boolean {
  if (text.length > MAX_REFERENCE_LENGTH || /\s/.test(text)) return false
  const at = text.indexOf('@')
  const name = at === -1 ? text : text.slice(0, at)
  const parts = name.split('/')
  return parts.every((part, index) => {
    const colons = part.split(':').length - 1
    return index === 0 || index === parts.length - 1 ? colons <= 1 : colons === 0
  })
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

/**
 * A reference written in full as given (`nginx` -> `docker.io/library/nginx`): tag and digest kept,
 * no `:latest` added (unlike `normaliseImageReference`), so a chart's untagged image stays untagged;
 * undefined when the text is not a reference (templated, spaces, upper case, ...).
 */
export function normalizeImageReference(reference: string): string | undefined {
  const trimmed = reference.trim()
  return trimmed.includes('{{') ? undefined : parseShaped(trimmed)?.toString()
}

/** True when a written-in-full reference names a tag or a digest (`repo:tag`, `repo@sha256:...`). */
export function referenceIsPinned(reference: string): boolean {
  const parsed = parseShaped(reference)
  return parsed !== undefined && (parsed.tag !== undefined || parsed.digest !== undefined)
}

/** The reference grammar's reading of text that passed the linear-time shape check; undefined otherwise. */
function parseShaped(text: string): ReturnType<typeof parseFamiliarName> | undefined {
  if (text === '' || !hasReferenceShape(text)) return undefined
  try {
    return parseFamiliarName(text)
  } catch {
    // The library throws on anything outside the reference grammar; such text is not an image.
    return undefined
  }
}
