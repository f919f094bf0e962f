import { zipSync } from 'fflate'
import { VALID_ADDON_PACK, VALID_PACK_JSON, makePack } from '../../src/core/testing/packFixtures'

/** The files of a valid manifest add-on pack named `name`, plus `extra` files, by path inside the pack. */
export function validPackFiles(name: string, extra: Readonly<Record<string, string>> = {}): Record<string, Uint8Array> {
  const pack = makePack({ ...VALID_ADDON_PACK, 'pack.json': { ...VALID_PACK_JSON, name, displayName: name } })
  const files: Record<string, Uint8Array> = Object.fromEntries(pack.files)
  for (const [path, text] of Object.entries(extra)) files[path] = new TextEncoder().encode(text)
  return files
}

/** A zip holding each pack under its own top folder. */
export function zipOfFolders(folders: Readonly<Record<string, Record<string, Uint8Array>>>): Buffer {
  const entries: Record<string, Uint8Array> = {}
  for (const [folder, files] of Object.entries(folders)) {
    for (const [path, bytes] of Object.entries(files)) entries[`${folder}/${path}`] = bytes
  }
  return Buffer.from(zipSync(entries))
}
