import { PACK_JSON, PackReadError, lintPack } from '../core'
import type { LintMode, Pack } from '../core'
import { describeReadError, readPackSource } from './readPackSource'
import { nativeGunzip } from './nativeGunzip'
import { packIdentity } from './validateReport'
import type { PackReport } from './validateReport'

/**
 * What validating one path gave: its report and its pack.json (all the cross-pack check needs, so
 * the rest of the pack is freed), or why it cannot be read. Plain data: it crosses worker_threads.
 */
export type SourceOutcome =
  | { readonly kind: 'report'; readonly report: PackReport; readonly packJson: Uint8Array | undefined }
  | { readonly kind: 'unreadable'; readonly source: string; readonly message: string }

/** Reads and lints one pack (no --fix, no rendering); a pack that cannot be read is an outcome, not a throw. */
export async function lintSource(source: string, mode: LintMode): Promise<SourceOutcome> {
  let pack: Pack
  try {
    pack = await readPackSource(source)
  } catch (error) {
    if (error instanceof PackReadError) return { kind: 'unreadable', source, message: describeReadError(source, error) }
    throw error
  }
  return reportOutcome(source, pack, await lintPack(pack, { mode, gunzip: nativeGunzip }))
}

/** The outcome of a pack that was read and checked. */
export function reportOutcome(source: string, pack: Pack, findings: PackReport['findings']): SourceOutcome {
  return { kind: 'report', report: { source, ...packIdentity(pack), findings }, packJson: pack.files.get(PACK_JSON) }
}
