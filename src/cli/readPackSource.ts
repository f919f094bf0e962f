import { lstat, readFile, readdir } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { basename, join } from 'node:path'
import { DEFAULT_ARCHIVE_LIMITS, PackReadError, formatBytes, packFromEntries, readPackArchive } from '../core'
import type { Pack } from '../core'

const LIMITS = DEFAULT_ARCHIVE_LIMITS
const utf8 = new TextDecoder('utf-8', { fatal: true })

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
  // Checked before reading: a multi-GiB file must never be loaded to find out it is too big.
  if (stats.size > LIMITS.maxTotalBytes) {
    throw new PackReadError(source, `is ${formatBytes(stats.size)}, more than the ${formatBytes(LIMITS.maxTotalBytes)} a pack may hold`)
  }
  const bytes = new Uint8Array(await fileSystemCall(source, () => readFile(source)))
  return readPackArchive(bytes, basename(source))
}

/** What a file-system error code means, in words. */
function describeCode(code: string): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied'
    case 'ENAMETOOLONG':
      return 'has a path longer than the operating system allows'
    case 'ELOOP':
      return 'cannot be read: too many symbolic links'
    case 'EISDIR':
      return 'is a directory where a file was expected'
    default:
      return `cannot be read (${code || 'unknown error'})`
  }
}

/** Runs a file-system call; any failure becomes a PackReadError naming `shown`. */
async function fileSystemCall<T>(shown: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    throw new PackReadError(shown, describeCode(code))
  }
}

function statOrThrow(path: string): Promise<Stats> {
  return fileSystemCall(path, () => lstat(path))
}

/**
 * Walks a pack directory without following links; links and special files are refused like in archives.
 * Names are read as bytes, so a name that is not UTF-8 is named in the message instead of failing later,
 * and every size is checked with lstat before a file is read.
 */
async function readPackDirectory(root: string): Promise<Pack> {
  const entries: { path: string; bytes: Uint8Array }[] = []
  let count = 0
  let totalBytes = 0
  const walk = async (directory: string, relative: string): Promise<void> => {
    const children = await fileSystemCall(directory, () => readdir(directory, { withFileTypes: true, encoding: 'buffer' }))
    const named = children.map((child) => ({ child, name: decodeName(child.name, root, relative) }))
    for (const { child, name } of named.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(directory, name)
      const path = relative === '' ? name : `${relative}/${name}`
      if (child.isDirectory()) {
        await walk(full, path)
      } else if (child.isFile()) {
        count += 1
        if (count > LIMITS.maxEntries) throw new PackReadError(root, `has more than ${LIMITS.maxEntries} files, the most a pack may have`)
        const { size } = await statOrThrow(full)
        if (size > LIMITS.maxFileBytes) throw new PackReadError(full, `is ${formatBytes(size)}, more than the ${formatBytes(LIMITS.maxFileBytes)} one pack file may hold`)
        totalBytes += size
        if (totalBytes > LIMITS.maxTotalBytes) throw new PackReadError(root, `holds more than ${formatBytes(LIMITS.maxTotalBytes)}, the most a pack may hold`)
        entries.push({ path, bytes: new Uint8Array(await fileSystemCall(full, () => readFile(full))) })
      } else if (child.isSymbolicLink()) {
        throw new PackReadError(full, 'is a symbolic link; a pack may only hold regular files')
      } else {
        throw new PackReadError(full, 'is not a regular file')
      }
    }
  }
  await walk(root, '')
  return packFromEntries(basename(root), entries)
}

function decodeName(raw: Buffer, root: string, relative: string): string {
  try {
    return utf8.decode(raw)
  } catch {
    const where = relative === '' ? root : `${root}/${relative}`
    const shown = [...raw].map((byte) => (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`)).join('')
    throw new PackReadError(where, `holds a file named '${shown}', which is not valid UTF-8; pack paths must be UTF-8`)
  }
}
