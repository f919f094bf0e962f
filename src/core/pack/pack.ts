import { decodeText, encodeText, isValidUtf8 } from '../text/encoding'

/**
 * A Palette pack: its files and nothing else. Every parsed view, finding and archive is derived
 * from these bytes, so a file nobody edited is written back exactly as it came in.
 */
export interface Pack {
  /** The folder the pack was read from; a new pack's folder is named after pack.json when built. */
  readonly folderName: string
  /** Relative POSIX path (no leading `/`, no `..`) to the file's bytes, in insertion order. */
  readonly files: ReadonlyMap<string, Uint8Array>
  /** Set when the pack is the only pack of an archive: how that archive was named (rule R15). */
  readonly archive?: ArchiveOrigin
}

/** The archive a pack was read from: its file name and the one top folder holding the pack. */
export interface ArchiveOrigin {
  /** The archive's file name without any folder, such as `hello-app-1.0.0.tar.gz`. */
  readonly fileName: string
  /** The top folder holding pack.json, or undefined when pack.json is at the archive's root. */
  readonly topFolder: string | undefined
}

/** Well-known file paths inside a pack. */
export const PACK_JSON = 'pack.json'
export const VALUES_YAML = 'values.yaml'
export const LOGO_PNG = 'logo.png'
export const README_MD = 'README.md'
export const PRESETS_YAML = 'presets.yaml'
export const SCHEMA_YAML = 'schema.yaml'
export const MANIFESTS_DIR = 'manifests/'
export const CHARTS_DIR = 'charts/'

/** Creates a pack from `[path, bytes]` pairs. */
export function createPack(folderName: string, files: Iterable<readonly [string, Uint8Array]> = [], archive?: ArchiveOrigin): Pack {
  return archive === undefined ? { folderName, files: new Map(files) } : { folderName, files: new Map(files), archive }
}

/** Returns a pack with `path` set to `bytes` (added or replaced; position kept when replaced). */
export function setFile(pack: Pack, path: string, bytes: Uint8Array): Pack {
  const files = new Map(pack.files)
  files.set(path, bytes)
  return { ...pack, files }
}

// The text of each bytes object, decoded once. A pack's bytes are never mutated, so the text stays
// valid; setTextFile records the text it encoded, so a keystroke in an editor costs one encode and no
// decode (the editor, the store and the form each read the text of the new bytes).
const decodedTexts = new WeakMap<Uint8Array, string>()

function textOf(bytes: Uint8Array): string {
  let text = decodedTexts.get(bytes)
  if (text === undefined) {
    text = decodeText(bytes)
    decodedTexts.set(bytes, text)
  }
  return text
}

// Bytes known to be well-formed UTF-8: written by setTextFile, or checked once.
const wellFormedUtf8 = new WeakSet<Uint8Array>()

/**
 * True when the bytes are well-formed UTF-8 (a text file), remembered per bytes object: an editor
 * asks after every keystroke, and the bytes it wrote are known to be text without decoding them.
 */
export function isTextBytes(bytes: Uint8Array): boolean {
  if (wellFormedUtf8.has(bytes)) return true
  const valid = isValidUtf8(bytes)
  if (valid) wellFormedUtf8.add(bytes)
  return valid
}

/** Returns a pack with `path` set to the UTF-8 encoding of `text`. */
export function setTextFile(pack: Pack, path: string, text: string): Pack {
  const current = pack.files.get(path)
  if (current !== undefined && textOf(current) === text) return pack
  const bytes = encodeText(text)
  // UTF-8 written by the encoder is well-formed (lone surrogates become U+FFFD): no need to check it again.
  wellFormedUtf8.add(bytes)
  // Text with lone surrogates does not survive UTF-8: remember only what decoding would give back.
  // (isWellFormed is native: a regular expression over a 300 KB values.yaml took ~2 ms per keystroke.)
  if (text.isWellFormed()) decodedTexts.set(bytes, text)
  return setFile(pack, path, bytes)
}

/** Returns a pack without `path`; the same pack when there was no such file. */
export function removeFile(pack: Pack, path: string): Pack {
  if (!pack.files.has(path)) return pack
  const files = new Map(pack.files)
  files.delete(path)
  return { ...pack, files }
}

/** Returns a pack where the file at `from` is moved to `to`, keeping its bytes and its position. */
export function renameFile(pack: Pack, from: string, to: string): Pack {
  const bytes = pack.files.get(from)
  if (bytes === undefined || from === to) return pack
  const files = new Map<string, Uint8Array>()
  for (const [path, content] of pack.files) {
    if (path === to) continue
    files.set(path === from ? to : path, content)
  }
  return { ...pack, files }
}

/** The text of a file, or undefined when the pack has no such file. */
export function readTextFile(pack: Pack, path: string): string | undefined {
  const bytes = pack.files.get(path)
  return bytes === undefined ? undefined : textOf(bytes)
}

/** Paths of the files under a folder prefix such as `manifests/`, sorted. */
export function filesUnder(pack: Pack, prefix: string): string[] {
  return [...pack.files.keys()].filter((path) => path.startsWith(prefix)).sort()
}
