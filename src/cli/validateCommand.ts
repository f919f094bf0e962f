import { PACK_JSON, PackReadError, checkDisplayNameConsistency, compareFindings, createPack, lintPack } from '../core'
import type { LintMode, Pack } from '../core'
import { CliUsageError, parseMode } from './usage'
import type { CliIo, CommandArgs } from './usage'
import { countBySeverity, formatJsonReport, formatTextReport } from './validateReport'
import type { PackReport } from './validateReport'
import { describeReadError, readPackSource } from './readPackSource'
import { checkRenderedPack } from '../core/render/renderedChecks'
import { combineFindings } from '../core/render/combineFindings'
import { compareImages } from '../core/images/compareImages'
import { withImageFixes } from '../core/images/imageFixes'
import { SetValueError } from '../core/render/setValues'
import { renderOptionsFromArgs, renderTimeoutMs } from './renderCommand'
import { createWorkerRenderEngine } from './renderEngineNode'
import type { WorkerRenderEngine } from './renderEngineNode'
import { fixPack, unfixableSourceReason, formatAppliedFixes, writeFixedFiles } from './fixPackDirectory'
import { nativeGunzip } from './nativeGunzip'
import { validateInWorkers, validateWorkerCount } from './validatePool'
import { reportOutcome } from './validateSource'
import type { SourceOutcome } from './validateSource'

/** `pack-builder validate <path>...` */
export async function runValidate(args: CommandArgs, io: CliIo): Promise<number> {
  if (args.positionals.length === 0) throw new CliUsageError('validate needs at least one pack path')
  const mode = parseMode(args.mode)
  const format = args.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new CliUsageError(`--format must be 'text' or 'json', not '${format}'`)
  // Refuse before touching anything: one archive among folders must not leave half of them fixed.
  if (args.fix) {
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
    : await validateInThread(args, mode, fixLines)
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

/**
 * Validates each path in turn on this thread: --fix first when asked, then lint, then the render
 * checks unless --no-render. Each pack is dropped once its outcome is known.
 */
async function validateInThread(args: CommandArgs, mode: LintMode, fixLines: string[]): Promise<SourceOutcome[]> {
  const outcomes: SourceOutcome[] = []
  // Rendering runs the charts' templates: in a worker_thread, so a template that never ends is stopped.
  const renderOptions = args.noRender === true ? undefined : renderOptionsFromArgs(args)
  const engine: WorkerRenderEngine | undefined = renderOptions === undefined ? undefined : createWorkerRenderEngine(renderTimeoutMs(args))
  try {
    for (const source of args.positionals) {
      try {
        let pack = await readPackSource(source)
        if (args.fix) {
          const fixed = await fixPack(pack, mode)
          await writeFixedFiles(source, pack, fixed.pack, fixed.applied)
          const lines = formatAppliedFixes(source.replace(/\/+$/, ''), fixed.applied)
          fixLines.push(...(lines.length > 0 ? lines : [`${source}: nothing to fix`]))
          pack = fixed.pack
        }
        const lintFindings = await lintPack(pack, { mode, gunzip: nativeGunzip })
        const rendered = engine !== undefined ? await renderedFindings(pack, engine, renderOptions) : []
        outcomes.push(reportOutcome(source, pack, combineFindings(lintFindings, rendered).sort(compareFindings)))
      } catch (error) {
        if (error instanceof SetValueError) throw new CliUsageError(error.message)
        if (!(error instanceof PackReadError)) throw error
        outcomes.push({ kind: 'unreadable', source, message: describeReadError(source, error) })
      }
    }
  } finally {
    await engine?.close()
  }
  return outcomes
}

/** The render checks' findings, the image ones with the same Add / Replace fixes the app offers. */
async function renderedFindings(pack: Pack, engine: WorkerRenderEngine, options: Parameters<typeof checkRenderedPack>[2]) {
  const result = await checkRenderedPack(pack, engine, options)
  return withImageFixes(result.findings, compareImages(pack, result.documents).rows)
}
