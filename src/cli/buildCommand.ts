import { writeFile } from 'node:fs/promises'
import { PackReadError, PackWriteError, archiveBaseName, lintPack, orasPushManifest, writePackTarGz, writePackZip } from '../core'
import { describeReadError, readPackSource } from './readPackSource'
import { CliUsageError, parseMode } from './usage'
import type { CliIo, CommandArgs } from './usage'
import { formatFindingLine } from './validateReport'
import { nativeGunzip } from './nativeGunzip'

/** `pack-builder build <dir|archive> --format zip|tar.gz [-o FILE] [--force]` */
export async function runBuild(args: CommandArgs, io: CliIo): Promise<number> {
  const [source, ...extra] = args.positionals
  if (source === undefined) throw new CliUsageError('build needs a pack directory or archive')
  if (extra.length > 0) throw new CliUsageError('build takes one pack at a time')
  const format = args.format ?? 'zip'
  if (format !== 'zip' && format !== 'tar.gz') throw new CliUsageError(`--format must be 'zip' or 'tar.gz', not '${format}'`)
  if (args.ociManifest !== undefined && format !== 'tar.gz') throw new CliUsageError('--oci-manifest goes with --format tar.gz (OCI registries take the .tar.gz)')
  const mode = parseMode(args.mode)
  let pack
  try {
    pack = await readPackSource(source)
  } catch (error) {
    if (!(error instanceof PackReadError)) throw error
    io.err(describeReadError(source, error))
    return 2
  }
  const errors = (await lintPack(pack, { mode, gunzip: nativeGunzip })).filter((finding) => finding.severity === 'error')
  if (errors.length > 0 && !args.force) {
    for (const finding of errors) io.err(formatFindingLine(source, finding))
    io.err(`${source}: not built: ${errors.length} error${errors.length === 1 ? '' : 's'} (fix them, or pass --force)`)
    return 1
  }
  let bytes: Uint8Array
  try {
    bytes = format === 'zip' ? await writePackZip(pack) : await writePackTarGz(pack)
  } catch (error) {
    // The pack holds something `validate` would refuse to read back (too many files, a path too long).
    if (!(error instanceof PackWriteError)) throw error
    io.err(error.message)
    return 2
  }
  const output = args.output ?? `${archiveBaseName(pack)}.${format}`
  try {
    await writeFile(output, bytes)
  } catch (error) {
    io.err(`${output}: cannot be written: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  io.out(`${output}: ${bytes.length} bytes${errors.length > 0 ? ` (built with ${errors.length} error${errors.length === 1 ? '' : 's'}, --force)` : ''}`)
  if (format === 'tar.gz') {
    // ORAS titles the layer with the file name it pushes, which is <name>-<version>.tar.gz (R15).
    const push = await orasPushManifest(bytes, `${archiveBaseName(pack)}.tar.gz`, new Date())
    io.out(`${output}: OCI layer ${push.layerDigest}`)
    if (args.ociManifest !== undefined) {
      try {
        await writeFile(args.ociManifest, push.manifest)
      } catch (error) {
        io.err(`${args.ociManifest}: cannot be written: ${error instanceof Error ? error.message : String(error)}`)
        return 2
      }
      io.out(`${args.ociManifest}: ORAS 1.0.0 manifest ${push.manifestDigest}`)
    }
  }
  return 0
}
