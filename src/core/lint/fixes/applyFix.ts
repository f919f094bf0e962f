import { RENDERED_IMAGE_FIXES } from '../../images/imageFixes'
import { changedPaths } from '../../pack/packChanges'
import type { Pack } from '../../pack/pack'
import { ALL_RULES } from '../rules'
import type { Finding, FixDescriptor, FixFunction, Rule } from '../types'

// Kept beside applyFix for its callers; its own module, so the Problems panel lists fixes without loading every rule.
export { fixesOfKind } from './fixesOfKind'

/** A descriptor that names no fix the core can apply (an unknown rule or fix id, or a browser-only fix). */
export class FixError extends Error {
  override readonly name = 'FixError'
}

/**
 * Applies one fix to the pack by re-running its rule's fix function with the descriptor's arguments.
 * Returns the same pack when the fix has nothing (left) to do; every file it does not edit keeps its
 * bytes (the same Uint8Array). Browser-only fixes are the app's to apply: they throw here.
 */
export function applyFix(pack: Pack, fix: FixDescriptor, rules: readonly Rule[] = ALL_RULES): Pack {
  if (fix.browserOnly === true) throw new FixError(`"${fix.title}" can only be applied in the browser.`)
  const apply = fixFunction(fix, rules)
  if (apply === undefined) throw new FixError(`The rule ${fix.ruleId} has no fix "${fix.fixId}".`)
  return apply(pack, fix.args)
}

/** The rule's fix function, or, for findings of the render checks (no lint rule), theirs. */
function fixFunction(fix: FixDescriptor, rules: readonly Rule[]): FixFunction | undefined {
  return rules.find((rule) => rule.id === fix.ruleId)?.fixes?.[fix.fixId] ?? RENDERED_IMAGE_FIXES[fix.ruleId]?.[fix.fixId]
}

/** True when the core can apply the fix (it is not browser-only and its rule, or the render checks, know it). */
export function canApplyFix(fix: FixDescriptor, rules: readonly Rule[] = ALL_RULES): boolean {
  return fix.browserOnly !== true && fixFunction(fix, rules) !== undefined
}

/** One fix that was applied and what it changed. */
export interface AppliedFix {
  readonly fix: FixDescriptor
  /** The pack's paths whose bytes changed, were added or were removed. */
  readonly changedFiles: readonly string[]
}

/**
 * Applies fixes one after the other to the evolving pack. Each fix re-checks its arguments against
 * the pack it gets, so one made stale by an earlier fix does nothing. Fixes that change nothing are
 * left out of `applied`.
 */
export function applyFixes(pack: Pack, fixes: readonly FixDescriptor[], rules: readonly Rule[] = ALL_RULES): { readonly pack: Pack; readonly applied: readonly AppliedFix[] } {
  let current = pack
  const applied: AppliedFix[] = []
  for (const fix of fixes) {
    const next = applyFix(current, fix, rules)
    if (next === current) continue
    applied.push({ fix, changedFiles: changedFilesOf(current, next) })
    current = next
  }
  return { pack: current, applied }
}

/** The paths a fix added, removed or changed, sorted. */
export function changedFilesOf(before: Pack, after: Pack): string[] {
  return [...changedPaths(before, after).keys()].sort()
}

/**
 * What `--fix` applies: per finding, its first safe fix the core can apply (browser-only ones are
 * skipped), without duplicates.
 */
export function safeFixes(findings: readonly Finding[], rules: readonly Rule[] = ALL_RULES): FixDescriptor[] {
  const seen = new Set<string>()
  const fixes: FixDescriptor[] = []
  for (const finding of findings) {
    const fix = finding.fixes?.find((candidate) => candidate.safe && canApplyFix(candidate, rules))
    const key = fix === undefined ? '' : JSON.stringify([fix.ruleId, fix.fixId, fix.args])
    if (fix === undefined || seen.has(key)) continue
    seen.add(key)
    fixes.push(fix)
  }
  return fixes
}
