import { PackReadError, checkDisplayNameConsistency, compareFindings, lintPack } from '../core'
import type { Pack } from '../core'
import { CliUsageError, parseMode } from './usage'
import type { CliIo, CommandArgs } from './usage'
import { countBySeverity, formatJsonReport, formatTextReport, packIdentity } from './validateReport'
import type { PackReport } from './validateReport'
import { describeReadError, readPackSource } from './readPackSource'

/** `pack-builder validate <path>...` */
export async function runValidate(args: CommandArgs, io: CliIo): Promise<number> {
  if (args.positionals.length === 0) throw new CliUsageError('validate needs at least one pack path')
  const mode = parseMode(args.mode)
  const format = args.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new CliUsageError(`--format must be 'text' or 'json', not '${format}'`)
  const reports: PackReport[] = []
  const packs: Pack[] = []
  const unreadable: { source: string; message: string }[] = []
  for (const source of args.positionals) {
    try {
      const pack = await readPackSource(source)
      const findings = await lintPack(pack, { mode })
      reports.push({ source, ...packIdentity(pack), findings })
      packs.push(pack)
    } catch (error) {
      if (!(error instanceof PackReadError)) throw error
      unreadable.push({ source, message: describeReadError(source, error) })
    }
  }
  // Versions of one pack given together are also checked against each other (R36).
  checkDisplayNameConsistency(packs).forEach((extra, index) => {
    const report = reports[index]
    if (report && extra.length > 0) reports[index] = { ...report, findings: [...report.findings, ...extra].sort(compareFindings) }
  })
  if (format === 'json') {
    io.out(formatJsonReport(reports, unreadable))
  } else {
    io.out(formatTextReport(reports, unreadable.map(({ message }) => message)))
  }
  if (unreadable.length > 0) return 2
  return reports.some((report) => countBySeverity(report.findings).errors > 0) ? 1 : 0
}
