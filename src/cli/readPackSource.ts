import { lstat, readFile, readdir } from 'node:fs/promises'
import { basename, join, relative, sep } from 'node:path'
import { DEFAULT_ARCHIVE_LIMITS, PackReadError, packFromEntries, readPackArchive } from '../core'
import type { Pack } from '../core'

/**
 * One line for a pack that cannot be read: the path the user gave, or the file inside it, then the
 * problem, each said once (`nope: no such file or directory`).
 */
export function describeReadError(source: string, error: PackReadError): string {
  const aboutSource = error.file === source || error.file === basename(source)
  return `${aboutSource ? source : error.file}: ${error.problem}`
}

/** Reads a pack from a directory, a .zip, a .tar.gz or a .tgz. Throws PackReadError with a clear message. */
export async function readPackSource(source: string): Promise<Pack> {
  const stats = await statOrThrow(source)
  if (stats.isDirectory()) return readPackDirectory(source)
  if (!stats.isFile()) throw new PackReadError(source, 'is neither a directory nor a regular file')
  if (stats.size > DEFAULT_ARCHIVE_LIMITS.maxTotalBytes) {
    throw new PackReadError(source, `is ${formatMiB(stats.size)}, more than the ${formatMiB(DEFAULT_ARCHIVE_LIMITS.maxTotalBytes)} a pack may hold`)
  }
  const bytes = new Uint8Array(await readFile(source))
  return readPackArchive(bytes, basename(source))
}

async function statOrThrow(source: string) {
  try {
    return await lstat(source)
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    throw new PackReadError(source, code === 'ENOENT' ? 'no such file or directory' : `cannot be read (${code || 'unknown error'})`)
  }
}

/** Walks a pack directory without following links; links and special files are refused like in archives. */
async function readPackDirectory(root: string): Promise<Pack> {
  const entries: { path: string; bytes: Uint8Array }[] = []
  let totalBytes = 0
  const walk = async (directory: string): Promise<void> => {
    const children = await readdir(directory, { withFileTypes: true })
    for (const child of children.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(directory, child.name)
      const path = relative(root, full).split(sep).join('/')
      if (child.isDirectory()) {
        await walk(full)
      } else if (child.isFile()) {
        if (entries.length >= DEFAULT_ARCHIVE_LIMITS.maxEntries) {
          throw new PackReadError(root, `has more than ${DEFAULT_ARCHIVE_LIMITS.maxEntries} files`)
        }
        const bytes = new Uint8Array(await readFile(full))
        totalBytes += bytes.length
        if (totalBytes > DEFAULT_ARCHIVE_LIMITS.maxTotalBytes) {
          throw new PackReadError(root, `holds more than ${formatMiB(DEFAULT_ARCHIVE_LIMITS.maxTotalBytes)}`)
        }
        entries.push({ path, bytes })
      } else if (child.isSymbolicLink()) {
        throw new PackReadError(full, 'is a symbolic link; a pack may only hold regular files')
      } else {
        throw new PackReadError(full, 'is not a regular file')
      }
    }
  }
  await walk(root)
  return packFromEntries(basename(root), entries)
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`
}
