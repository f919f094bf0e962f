/** A pack as it crosses to the archive worker: its folder name and files (path -> bytes), in order. */
export interface PackFiles {
  readonly folderName: string
  readonly files: readonly (readonly [string, Uint8Array])[]
}

/** What one member of a bundle (the start page's "Download all") is: a pack, written as its own .zip, or raw files under a folder. */
export type BundleMember =
  | { readonly kind: 'pack'; readonly pack: PackFiles }
  | { readonly kind: 'raw'; readonly folder: string; readonly files: readonly (readonly [string, Uint8Array])[] }

/**
 * The pack being edited, as a change against the files the worker kept from the previous such job:
 * only files whose bytes changed cross to the worker, as FileParts sent before the job, so downloading
 * a pack with 20 MB of charts never copies them in one long task on the page's thread.
 */
export interface EditedPackJob {
  readonly kind: 'edited-pack'
  readonly format: 'zip' | 'tar.gz'
  readonly folderName: string
  /** Every path of the pack, in order. */
  readonly paths: readonly string[]
  /** The paths whose bytes are new or changed since the previous edited-pack job: their FileParts came first. */
  readonly changedPaths: readonly string[]
}

/** One slice of a changed file's bytes (its buffer transferred), for the edited-pack job that follows. */
export interface FilePart {
  readonly kind: 'file-part'
  readonly path: string
  /** The file's whole length, and where this slice goes in it. */
  readonly total: number
  readonly offset: number
  readonly bytes: Uint8Array
}

/** A job for the archive worker. */
export type ArchiveJob =
  | { readonly kind: 'pack'; readonly format: 'zip' | 'tar.gz'; readonly pack: PackFiles }
  | EditedPackJob
  | { readonly kind: 'bundle'; readonly members: readonly BundleMember[] }
  | { readonly kind: 'raw-zip'; readonly files: readonly (readonly [string, Uint8Array])[] }

export interface ArchiveRequest {
  readonly kind: 'job'
  readonly id: number
  readonly job: ArchiveJob
}

/** What the page posts to the archive worker. */
export type ArchiveMessage = ArchiveRequest | FilePart

/**
 * The worker's answer: the archive and its file name (without folder), or why it could not be written.
 * The archive is a Blob made in the worker: the page gets a handle to it, with no copy of its bytes.
 */
export type ArchiveResponse =
  | { readonly id: number; readonly ok: true; readonly blob: Blob; readonly baseName: string }
  | { readonly id: number; readonly ok: false; readonly message: string }
