// TEMPORARY adapter for the archive functions of the core that are not in main yet.
// Delete this file, and import the same names from '../core', once the archive branch lands.
// It imports core modules directly, not the index, so e2e specs can import it (see the report).
import { strToU8, unzipSync, zipSync } from 'fflate'
import { createPack, readTextFile } from '../core/pack/pack'
import type { Pack } from '../core/pack/pack'
import { parseJsonView } from '../core/pack/jsonView'

/** `<name>-<version>` of the pack. */
export function archiveBaseName(pack: Pack): string {
  const text = readTextFile(pack, 'pack.json') ?? ''
  const value = parseJsonView(strToU8(text)).value as Record<string, unknown> | undefined
  const name = typeof value?.name === 'string' ? value.name : 'pack'
  const version = typeof value?.version === 'string' ? value.version : '0.0.0'
  return `${name}-${version}`
}

/** Zip with one top folder. */
export function writePackZip(pack: Pack): Promise<Uint8Array> {
  const top = archiveBaseName(pack)
  const entries: Record<string, Uint8Array> = {}
  for (const [path, bytes] of pack.files) entries[`${top}/${path}`] = bytes
  return Promise.resolve(zipSync(entries))
}

/** Not available until the archive branch lands. */
export function writePackTarGz(pack: Pack): Promise<Uint8Array> {
  return Promise.reject(new Error(`the tar.gz writer is not merged yet (${pack.folderName})`))
}

/** An archive that could not be read. */
export class PackReadError extends Error {
  readonly file: string
  constructor(file: string, message: string) {
    super(message)
    this.file = file
  }
}

/** Reads a zip with one top folder. */
export function readPackArchive(bytes: Uint8Array, fileName: string): Promise<Pack> {
  if (!fileName.endsWith('.zip')) return Promise.reject(new PackReadError(fileName, 'only .zip can be read for now'))
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes)
  } catch (error) {
    return Promise.reject(new PackReadError(fileName, `not a zip archive (${String(error)})`))
  }
  const paths = Object.keys(entries).filter((path) => !path.endsWith('/'))
  const top = paths[0]?.split('/')[0] ?? 'pack'
  return Promise.resolve(createPack(top, paths.map((path) => [path.slice(top.length + 1), entries[path] ?? new Uint8Array()] as const)))
}
