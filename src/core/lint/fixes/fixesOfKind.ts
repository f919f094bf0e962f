import type { Finding, FixDescriptor } from '../types'

/**
 * The fixes "fix all of this kind" applies: from every finding of `ruleId`, its fix with `fixId`,
 * without duplicates (two findings may offer the same edit).
 */
export function fixesOfKind(findings: readonly Finding[], ruleId: string, fixId: string): FixDescriptor[] {
  const seen = new Set<string>()
  const fixes: FixDescriptor[] = []
  for (const finding of findings) {
    if (finding.ruleId !== ruleId) continue
    const fix = finding.fixes?.find((candidate) => candidate.fixId === fixId)
    const key = fix === undefined ? '' : JSON.stringify([fix.fixId, fix.args])
    if (fix === undefined || seen.has(key)) continue
    seen.add(key)
    fixes.push(fix)
  }
  return fixes
}
