// Only what the main thread needs with workers is imported here: the rules load in the workers, or
// with the in-thread path (validateInThread.ts) when it is taken.
import { PACK_JSON, createPack } from '../core/pack/pack'
import type { Pack } from '../core/pack/pack'
import { checkDisplayNameConsistency } from '../core/lint/crossPack/display-name-consistent'
import { compareFindings } from '../core/lint/compareFindings'
import { CliUsageError, parseMode } from './usage'
import type { CliIo, CommandArgs } from './usage'
import { countBySeverity, formatJsonReport, formatTextReport } from './validateReport'
import type { PackReport } from './validateReport'
import { validateInWorkers, validateWorkerCount } from './validatePool'

/** `pack-builder validate <path>...` */
export async function runValidate(args: CommandArgs, io: CliIo): Promise<number> {
  if (args.positionals.length === 0) throw new CliUsageError('validate needs at least one pack path')
  const mode = parseMode(args.mode)
  const format = args.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new CliUsageError(`--format must be 'text' or 'json', not '${format}'`)
  // Refuse before touching anything: one archive among folders must not leave half of them fixed.
  if (args.fix) {
    const { unfixableSourceReason } = await import('./fixPackDirectory')
    const refusals = (await Promise.all(args.positionals.map(unfixableSourceReason))).filter((reason) => reason !== undefined)
    if (refusals.length > 0) {
      io.err(refusals.join('\n'))
      return 2
    }
  }
  const fixLines: string[] = []
  // Plain lint of many packs fans out over worker_threads; --fix and rendering stay on this thread.
  const workers = args.noRender === true && !args.fix ? validateWorkerCount(args.positionals.length) : 0
  const outcomes = workers >= 2
    ? await validateInWorkers(args.positionals, mode, workers)
    : await (await import('./validateInThread')).validateInThread(args, mode, fixLines)
  const reports: PackReport[] = []
  const packs: Pack[] = []
  const unreadable: { source: string; message: string }[] = []
  for (const outcome of outcomes) {
    if (outcome.kind === 'unreadable') {
      unreadable.push({ source: outcome.source, message: outcome.message })
      continue
    }
    reports.push(outcome.report)
    packs.push(createPack(outcome.report.source, outcome.packJson ? [[PACK_JSON, outcome.packJson]] : []))
  }
  // Versions of one pack given together are also checked against each other (R36): pack.json is all it reads.
  checkDisplayNameConsistency(packs).forEach((extra, index) => {
    const report = reports[index]
    if (report && extra.length > 0) reports[index] = { ...report, findings: [...report.findings, ...extra].sort(compareFindings) }
  })
  // With --format json stdout stays one JSON document; what --fix changed goes to stderr.
  if (fixLines.length > 0 && format === 'json') io.err(fixLines.join('\n'))
  else if (fixLines.length > 0) io.out(fixLines.join('\n'))
  if (format === 'json') {
    io.out(formatJsonReport(reports, unreadable))
  } else {
    io.out(formatTextReport(reports, unreadable.map(({ message }) => message)))
  }
  if (unreadable.length > 0) return 2
  return reports.some((report) => countBySeverity(report.findings).errors > 0) ? 1 : 0
}
