import type { FastGunzip } from '../archive/gunzipCapped'
import type { Pack } from '../pack/pack'
import { ALL_RULES } from './rules'
import { createLintContext } from './lintContext'
import { compareFindings } from './compareFindings'
import type { Finding, FindingDraft, LintContext, LintMode, Rule } from './types'

// Its own module, so the CLI's main thread orders findings without loading the rules.
export { compareFindings }

/** Options for one lint run. */
export interface LintOptions {
  readonly mode?: LintMode
  /** The rules to run; all of them by default. Tests pass one. */
  readonly rules?: readonly Rule[]
  /** A faster gunzip for the charts, lent by the host (the CLI: Node's zlib); findings are the same. */
  readonly gunzip?: FastGunzip
}

/** Runs the rules over a pack and returns its findings, sorted by file, line, column and rule id. */
export async function lintPack(pack: Pack, options: LintOptions = {}): Promise<Finding[]> {
  const context = await createLintContext(pack, options.mode ?? 'import', options.gunzip ? { gunzip: options.gunzip } : {})
  return runRules(context, options.rules ?? ALL_RULES)
}

/** Runs rules over an existing context. A rule that throws becomes a finding, never a crash. */
export function runRules(context: LintContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = []
  for (const rule of rules) {
    try {
      for (const draft of rule.check(context)) findings.push(toFinding(rule, draft, context))
    } catch (error) {
      findings.push({
        ruleId: rule.id,
        severity: 'warning',
        file: '',
        message: `internal error in rule ${rule.id}: ${error instanceof Error ? error.message : String(error)}`,
      })
    }
  }
  return findings.sort(compareFindings)
}

function toFinding(rule: Rule, draft: FindingDraft, context: LintContext): Finding {
  const position = draft.line !== undefined ? { line: draft.line, column: draft.column ?? 1 } : locate(draft, context)
  return {
    ruleId: rule.id,
    severity: draft.severity ?? rule.severity,
    file: draft.file,
    ...(position ? { line: position.line, column: position.column } : {}),
    ...(draft.pointer !== undefined ? { pointer: draft.pointer } : {}),
    message: draft.message,
    ...(draft.hint !== undefined ? { hint: draft.hint } : {}),
    ...(draft.fixes !== undefined && draft.fixes.length > 0 ? { fixes: draft.fixes.map((fix) => ({ ruleId: rule.id, ...fix })) } : {}),
  }
}

function locate(draft: FindingDraft, context: LintContext): { line: number; column: number } | undefined {
  if (draft.pointer === undefined) return undefined
  if (draft.file === 'pack.json') return context.packJson?.locate(draft.pointer)
  if (/\.ya?ml$/i.test(draft.file)) return context.yaml(draft.file)?.locate(draft.pointer)
  return undefined
}
