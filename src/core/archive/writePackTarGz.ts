import type { Pack } from '../pack/pack'
import { writableLayout } from './checkWritable'
import { writeTarGz } from './writeTarGz'

/**
 * Writes a pack as a deterministic .tar.gz (ustar, pax for long names) with one top folder
 * `<name>-<version>/`, as `tar -czf` from the parent folder would (spec 4.2). Gzip mtime is 0.
 * Throws PackWriteError, before writing anything, for a pack the readers would refuse.
 */
export async function writePackTarGz(pack: Pack): Promise<Uint8Array> {
  return writeTarGz(writableLayout(pack))
}
