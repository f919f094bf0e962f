import { DEFAULT_ARCHIVE_LIMITS } from '../../core/archive/archiveLimits'
import type { OpenSource, SourceFile } from './openSource'

/**
 * Takes what was dropped. Must run inside the drop event: the browser empties `DataTransfer` after
 * it. Folders are walked afterwards (asynchronously) through the entries taken here.
 */
export function takeDroppedItems(dataTransfer: DataTransfer): () => Promise<OpenSource[]> {
  const taken: (FileSystemEntry | File)[] = []
  for (const item of Array.from(dataTransfer.items)) {
    if (item.kind !== 'file') continue
    const entry = item.webkitGetAsEntry()
    const file = item.getAsFile()
    if (entry?.isDirectory === true) taken.push(entry)
    else if (file !== null) taken.push(file)
  }
  // Some browsers (and synthesized drops) fill `files` but not `items`.
  if (taken.length === 0) taken.push(...Array.from(dataTransfer.files))
  return async () => Promise.all(taken.map(async (thing): Promise<OpenSource> => (
    thing instanceof File ? { kind: 'file', file: thing } : { kind: 'folder', name: thing.name, files: await walkFolder(thing) }
  )))
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile
}

// The walk stops one file past the entry cap: checkListing then refuses the folder with its usual
// message, without this walking a whole disk first.
const WALK_CAP = DEFAULT_ARCHIVE_LIMITS.maxEntries + 1

async function walkFolder(root: FileSystemEntry): Promise<SourceFile[]> {
  const files: SourceFile[] = []
  const pending: FileSystemEntry[] = [root]
  while (pending.length > 0 && files.length < WALK_CAP) {
    const entry = pending.shift()
    if (entry === undefined) break
    if (isDirectory(entry)) pending.push(...await readAllEntries(entry))
    else if (isFile(entry)) files.push({ path: entry.fullPath.replace(/^\/+/, ''), file: await fileOf(entry) })
  }
  return files
}

async function readAllEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader()
  const all: FileSystemEntry[] = []
  // readEntries returns at most 100 entries per call in Chromium; an empty batch means the end.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => { reader.readEntries(resolve, reject) })
    if (batch.length === 0) return all
    all.push(...batch)
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => { entry.file(resolve, reject) })
}
