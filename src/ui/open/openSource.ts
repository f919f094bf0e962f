/** A file the user picked or dropped, with its path relative to the picked or dropped folder's parent. */
export interface SourceFile {
  readonly path: string
  readonly file: File
}

/** Something to open: one archive file, or one folder with its files. */
export type OpenSource =
  | { readonly kind: 'file'; readonly file: File }
  | { readonly kind: 'folder'; readonly name: string; readonly files: readonly SourceFile[] }

/** The name a source is shown by in messages. */
export function sourceName(source: OpenSource): string {
  return source.kind === 'file' ? source.file.name : `${source.name}/`
}

/**
 * The sources of a directory input's files: one folder per top folder of their webkitRelativePath.
 * Files without a relative path (a plain file input) are sources on their own.
 */
export function sourcesOfPickedFiles(files: readonly File[]): OpenSource[] {
  const folders = new Map<string, SourceFile[]>()
  const loose: OpenSource[] = []
  for (const file of files) {
    const path = file.webkitRelativePath
    const slash = path.indexOf('/')
    if (path === '' || slash === -1) {
      loose.push({ kind: 'file', file })
      continue
    }
    const name = path.slice(0, slash)
    const list = folders.get(name) ?? []
    list.push({ path, file })
    folders.set(name, list)
  }
  return [...[...folders].map(([name, list]): OpenSource => ({ kind: 'folder', name, files: list })), ...loose]
}
