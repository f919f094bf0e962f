import type { Pack } from '../pack/pack'
import { packJsonIdentity } from '../pack/packJsonIdentity'

/**
 * The archive's base name and top folder, `<name>-<version>` from pack.json (spec 4.2, R15);
 * the pack's folder name when pack.json has no usable name and version.
 */
export function archiveBaseName(pack: Pack): string {
  const identity = packJsonIdentity(pack)
  const name = identity.name?.trim()
  const version = identity.version?.trim()
  const base = name && version ? `${name}-${version}` : pack.folderName
  return sanitizeFileName(base)
}


/** Replaces what no common file system allows in a name (separators, control and reserved characters). */
export function sanitizeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const cleaned = name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '')
  return cleaned === '' ? 'pack' : cleaned
}
