/** A pack as it crosses to the archive worker: its folder name and files (path -> bytes), in order. */
export interface PackFiles {
  readonly folderName: string
  readonly files: readonly (readonly [string, Uint8Array])[]
}

/** What one member of a bundle (the start page's "Download all") is: a pack, written as its own .zip, or raw files under a folder. */
export type BundleMember =
  | { readonly kind: 'pack'; readonly pack: PackFiles }
  | { readonly kind: 'raw'; readonly folder: string; readonly files: readonly (readonly [string, Uint8Array])[] }

/** A job for the archive worker. */
export type ArchiveJob =
  | { readonly kind: 'pack'; readonly format: 'zip' | 'tar.gz'; readonly pack: PackFiles }
  | { readonly kind: 'bundle'; readonly members: readonly BundleMember[] }
  | { readonly kind: 'raw-zip'; readonly files: readonly (readonly [string, Uint8Array])[] }

export interface ArchiveRequest {
  readonly id: number
  readonly job: ArchiveJob
}

/** The worker's answer: the archive and its file name (without folder), or why it could not be written. */
export type ArchiveResponse =
  | { readonly id: number; readonly ok: true; readonly bytes: Uint8Array; readonly baseName: string }
  | { readonly id: number; readonly ok: false; readonly message: string }
