import { encodeText } from '../text/encoding'
import { PackReadError } from './packReadError'

/** What an archive entry is. Only files and folders can be part of a pack. */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'device' | 'fifo' | 'socket' | 'unknown'

const KIND_WORDS: Record<Exclude<EntryKind, 'file' | 'directory'>, string> = {
  symlink: 'a symbolic link',
  hardlink: 'a hard link',
  device: 'a device file',
  fifo: 'a named pipe (fifo)',
  socket: 'a socket',
  unknown: 'not a regular file',
}

/** Longest entry path accepted, in UTF-8 bytes: Linux's PATH_MAX; zip itself stops at 65,535. */
export const MAX_ENTRY_PATH_BYTES = 4096
// The replacement character, or half of a surrogate pair (with the u flag a whole pair is one code point).
const NOT_UTF8 = /\uFFFD|\p{Cs}/u
// A name in a message is cut here, so a hostile megabyte-long name cannot flood the output.
const MAX_QUOTED_CHARS = 120

/** Shows an entry name in a message, with control characters made visible and very long names cut. */
export function quoteEntryName(raw: string): string {
  const shown = raw.length > MAX_QUOTED_CHARS ? `${raw.slice(0, MAX_QUOTED_CHARS)}… (${raw.length} characters)` : raw
  // eslint-disable-next-line no-control-regex -- making control characters visible is the point
  return `'${shown.replace(/[\u0000-\u001f\u007f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)}'`
}

/**
 * Checks an entry name and returns it as a pack path: `/` separators, no leading `./`, no trailing `/`.
 * Returns '' for the archive root itself (`./`). Throws a PackReadError naming the archive for any name
 * that could land outside the pack folder or that no file system would store as written.
 */
export function normalizeEntryPath(raw: string, archive: string): string {
  const refuse = (problem: string): never => {
    throw new PackReadError(archive, `entry ${quoteEntryName(raw)} ${problem}`)
  }
  if (utf8Length(raw) > MAX_ENTRY_PATH_BYTES) refuse(`is longer than ${MAX_ENTRY_PATH_BYTES} bytes, more than file systems store`)
  // eslint-disable-next-line no-control-regex -- NUL and other control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(raw)) refuse('has a control character in its name')
  // A name whose bytes are not UTF-8 arrives with U+FFFD (or, from some readers, a lone surrogate) in
  // their place: accepted, the file would be written back under another name.
  if (NOT_UTF8.test(raw)) refuse('has a name that is not valid UTF-8 (shown with \uFFFD where its bytes are not); pack paths must be UTF-8, so rename the file')
  if (raw.includes('\\')) refuse('uses a backslash; archive paths must use /')
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw)) refuse('is an absolute path')
  let path = raw
  while (path.startsWith('./')) path = path.slice(2)
  if (path === '.' || path === '') return ''
  if (path.endsWith('/')) path = path.slice(0, -1)
  const segments = path.split('/')
  if (segments.includes('..')) refuse('escapes the pack folder')
  if (segments.some((segment) => segment === '' || segment === '.')) refuse('has an empty or "." path segment')
  return path
}

/** Throws for links, devices and anything else that is neither a file nor a folder. */
export function refuseSpecialEntry(kind: EntryKind, raw: string, archive: string): void {
  if (kind === 'file' || kind === 'directory') return
  throw new PackReadError(archive, `entry ${quoteEntryName(raw)} is ${KIND_WORDS[kind]}; a pack may only hold files and folders`)
}

/** The kind of a zip entry from its Unix mode bits (`null` when the zip was not made on Unix) and folder flag. */
export function kindFromUnixMode(mode: number | null, isDirectory: boolean): EntryKind {
  // The type bits win over the folder flag: a socket's bits include the folder bit.
  const typeBits = mode === null ? 0 : mode & 0o170000
  if (typeBits === 0) return isDirectory ? 'directory' : 'file'
  switch (typeBits) {
    case 0o100000:
      return 'file'
    case 0o040000:
      return 'directory'
    case 0o120000:
      return 'symlink'
    case 0o020000:
    case 0o060000:
      return 'device'
    case 0o010000:
      return 'fifo'
    case 0o140000:
      return 'socket'
    default:
      return 'unknown'
  }
}

/** The kind of a tar entry from tar-stream's header type. */
export function kindFromTarType(type: string | null): EntryKind {
  switch (type) {
    case 'file':
    case 'contiguous-file':
      return 'file'
    case 'directory':
      return 'directory'
    case 'symlink':
      return 'symlink'
    case 'link':
      return 'hardlink'
    case 'block-device':
    case 'character-device':
      return 'device'
    case 'fifo':
      return 'fifo'
    default:
      return 'unknown'
  }
}

function utf8Length(text: string): number {
  // Most names are short: only count bytes when the character count alone could pass the cap.
  return text.length * 3 <= MAX_ENTRY_PATH_BYTES ? text.length : encodeText(text).length
}
