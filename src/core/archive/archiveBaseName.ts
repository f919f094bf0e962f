import { parseJsonView } from '../pack/jsonView'
import { PACK_JSON } from '../pack/pack'
import type { Pack } from '../pack/pack'

/**
 * The archive's base name and top folder, `<name>-<version>` from pack.json (spec 4.2, R15);
 * the pack's folder name when pack.json has no usable name and version.
 */
export function archiveBaseName(pack: Pack): string {
  const bytes = pack.files.get(PACK_JSON)
  const value = bytes ? parseJsonView(bytes).value : undefined
  const name = stringMember(value, 'name')
  const version = stringMember(value, 'version')
  const base = name !== undefined && version !== undefined ? `${name}-${version}` : pack.folderName
  return sanitizeFileName(base)
}

function stringMember(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const member: unknown = Reflect.get(value, key)
  return typeof member === 'string' && member.trim() !== '' ? member.trim() : undefined
}

/** Replaces what no common file system allows in a name (separators, control and reserved characters). */
export function sanitizeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const cleaned = name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '')
  return cleaned === '' ? 'pack' : cleaned
}
