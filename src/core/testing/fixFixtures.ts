import { expect } from 'vitest'
import { applyFix, changedFilesOf } from '../lint/fixes/applyFix'
import { lintPack } from '../lint/lintPack'
import type { Finding, FixDescriptor, LintMode, Rule } from '../lint/types'
import { readTextFile } from '../pack/pack'
import type { Pack } from '../pack/pack'
import { makePack } from './packFixtures'
import type { FixtureFiles } from './packFixtures'

/** One fix applied to a fixture pack, with the rule's findings before and after. */
export interface FixRun {
  readonly before: Pack
  readonly finding: Finding
  readonly fix: FixDescriptor
  readonly after: Pack
  /** The rule's findings on the fixed pack. */
  readonly findingsAfter: readonly Finding[]
}

/**
 * Lints the fixture with one rule, takes the `nth` finding offering `fixId`, applies that fix and
 * lints again. Throws when no finding offers the fix, so a rule that stops offering it fails its test.
 */
export async function runFix(rule: Rule, files: FixtureFiles, fixId: string, options: { readonly mode?: LintMode; readonly nth?: number } = {}): Promise<FixRun> {
  const mode = options.mode ?? 'author'
  const before = makePack(files)
  const offering = (await lintPack(before, { mode, rules: [rule] })).filter((finding) => finding.fixes?.some((fix) => fix.fixId === fixId))
  const finding = offering[options.nth ?? 0]
  const fix = finding?.fixes?.find((candidate) => candidate.fixId === fixId)
  if (!finding || !fix) throw new Error(`no finding of ${rule.id} offers the fix "${fixId}"`)
  const after = applyFix(before, fix, [rule])
  return { before, finding, fix, after, findingsAfter: await lintPack(after, { mode, rules: [rule] }) }
}

/**
 * Asserts a fix's outcome: exactly the expected files changed (text, or undefined for a deleted file),
 * every other file kept its bytes, and the finding is gone.
 */
export function expectFixed(run: FixRun, expected: Readonly<Record<string, string | undefined>>): void {
  expect(changedFilesOf(run.before, run.after)).toEqual(Object.keys(expected).sort())
  for (const [path, text] of Object.entries(expected)) expect(readTextFile(run.after, path)).toBe(text)
  for (const [path, bytes] of run.before.files) {
    if (!Object.hasOwn(expected, path)) expect(run.after.files.get(path)).toBe(bytes)
  }
  const same = (finding: Finding) =>
    finding.ruleId === run.finding.ruleId && finding.file === run.finding.file && finding.line === run.finding.line && finding.message === run.finding.message
  expect(run.findingsAfter.filter(same)).toEqual([])
}
