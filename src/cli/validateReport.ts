import type { Finding } from '../core/lint/types'
import type { Pack } from '../core/pack/pack'
import { countSeverities } from '../core/lint/countSeverities'
import { packJsonIdentity } from '../core/pack/packJsonIdentity'

/** One validated pack, as the CLI reports it. */
export interface PackReport {
  readonly source: string
  readonly name: string | null
  readonly version: string | null
  readonly findings: readonly Finding[]
}

/** The pack.json name and version, when they are strings. */
export function packIdentity(pack: Pack): { name: string | null; version: string | null } {
  const { name, version } = packJsonIdentity(pack)
  return { name: name ?? null, version: version ?? null }
}

/** Counts findings by severity, as the reports name them. */
export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  const { error, warning, info } = countSeverities(findings)
  return { errors: error, warnings: warning, infos: info }
}

/** Compiler-style lines: `source/file:line:column: severity rule-id: message`. */
export function formatFindingLine(source: string, finding: Finding): string {
  const file = finding.file ? `${source.replace(/\/+$/, '')}/${finding.file}` : source
  const place = finding.line !== undefined ? `${file}:${finding.line}:${finding.column ?? 1}` : file
  const hint = finding.hint ? ` (${finding.hint})` : ''
  return `${place}: ${finding.severity} ${finding.ruleId}: ${finding.message}${hint}`
}

/** The text report of several packs, with one summary line per pack and a total. */
export function formatTextReport(reports: readonly PackReport[], unreadable: readonly string[]): string {
  const lines: string[] = []
  let packsWithErrors = 0
  for (const report of reports) {
    for (const finding of report.findings) lines.push(formatFindingLine(report.source, finding))
    const { errors, warnings } = countBySeverity(report.findings)
    if (errors > 0) packsWithErrors++
    const identity = report.name ? ` (${report.name}${report.version ? ` ${report.version}` : ''})` : ''
    lines.push(`${report.source}${identity}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`)
  }
  lines.push(...unreadable)
  const total = reports.length + unreadable.length
  lines.push(
    `${plural(total, 'pack')} checked: ${reports.length - packsWithErrors} without errors, ${plural(packsWithErrors, 'with errors', 'with errors')}` +
      (unreadable.length > 0 ? `, ${unreadable.length} unreadable` : ''),
  )
  return lines.join('\n')
}

/** The JSON report (a stable shape that CI scripts can parse). */
export function formatJsonReport(reports: readonly PackReport[], unreadable: readonly { source: string; message: string }[]): string {
  return JSON.stringify(
    {
      packs: reports.map((report) => {
        const { errors, warnings } = countBySeverity(report.findings)
        return {
          source: report.source,
          name: report.name,
          version: report.version,
          errors,
          warnings,
          findings: report.findings.map((finding) => ({
            ruleId: finding.ruleId,
            severity: finding.severity,
            file: finding.file,
            line: finding.line ?? null,
            column: finding.column ?? null,
            pointer: finding.pointer ?? null,
            message: finding.message,
            ...(finding.hint ? { hint: finding.hint } : {}),
          })),
        }
      }),
      unreadable,
    },
    null,
    2,
  )
}

function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`
}
