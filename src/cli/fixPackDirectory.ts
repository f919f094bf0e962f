import { lstat, mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { applyFixes, lintPack, safeFixes } from '../core'
import type { AppliedFix, LintMode, Pack } from '../core'
import { nativeGunzip } from './nativeGunzip'

/** A fix can reveal another (a renamed key becomes checkable); a few rounds reach the fixed point. */
const MAX_FIX_ROUNDS = 5

/**
 * Why `--fix` refuses a source, or undefined when it may fix it: it edits folders in place, and an
 * archive would have to be rewritten, which is `build`'s job.
 */
export async function unfixableSourceReason(source: string): Promise<string | undefined> {
  const stats = await lstat(source).catch(() => undefined)
  // A missing path is left to the reader, which says so in its own words.
  if (!stats || stats.isDirectory()) return undefined
  return `${source}: --fix changes a pack folder in place, and this is not a folder; nothing was changed. Extract the archive and run validate --fix on the folder.`
}

/** Applies every safe fix the core can apply (browser-only ones are skipped), round after round. */
export async function fixPack(pack: Pack, mode: LintMode): Promise<{ readonly pack: Pack; readonly applied: readonly AppliedFix[] }> {
  let current = pack
  const applied: AppliedFix[] = []
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const result = applyFixes(current, safeFixes(await lintPack(current, { mode, gunzip: nativeGunzip })))
    if (result.applied.length === 0) break
    applied.push(...result.applied)
    current = result.pack
  }
  return { pack: current, applied }
}

/** Writes the files a fix changed or added and deletes those it removed; nothing else is touched. */
export async function writeFixedFiles(directory: string, before: Pack, after: Pack, applied: readonly AppliedFix[]): Promise<void> {
  const changed = new Set(applied.flatMap((entry) => entry.changedFiles))
  for (const path of [...changed].sort()) {
    const bytes = after.files.get(path)
    const target = join(directory, path)
    if (bytes === undefined) {
      if (before.files.has(path)) await rm(target)
      continue
    }
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, bytes)
  }
}

/** One line per file a fix changed, like the problem lines: `<dir>/<file>: fixed <rule>: <title>`. */
export function formatAppliedFixes(directory: string, applied: readonly AppliedFix[]): string[] {
  return applied.flatMap(({ fix, changedFiles }) => changedFiles.map((file) => `${directory}/${file}: fixed ${fix.ruleId}: ${fix.title}`))
}
