// The in-thread side of `validate`: --fix, rendering, or too few packs for workers. Loaded on demand,
// so with workers the main thread never loads the rules (each worker does).
import { PackReadError, compareFindings, lintPack } from '../core'
import type { LintMode, Pack } from '../core'
import { CliUsageError } from './usage'
import type { CommandArgs } from './usage'
import { describeReadError, readPackSource } from './readPackSource'
import { checkRenderedPack } from '../core/render/renderedChecks'
import { combineFindings } from '../core/render/combineFindings'
import { compareImages } from '../core/images/compareImages'
import { withImageFixes } from '../core/images/imageFixes'
import { SetValueError } from '../core/render/setValues'
import { renderOptionsFromArgs, renderTimeoutMs } from './renderCommand'
import { createWorkerRenderEngine } from './renderEngineNode'
import type { WorkerRenderEngine } from './renderEngineNode'
import { fixPack, formatAppliedFixes, writeFixedFiles } from './fixPackDirectory'
import { nativeGunzip } from './nativeGunzip'
import { reportOutcome } from './validateSource'
import type { SourceOutcome } from './validateSource'

/**
 * Validates each path in turn on this thread: --fix first when asked, then lint, then the render
 * checks unless --no-render. Each pack is dropped once its outcome is known.
 */
export async function validateInThread(args: CommandArgs, mode: LintMode, fixLines: string[]): Promise<SourceOutcome[]> {
  const outcomes: SourceOutcome[] = []
  // Rendering runs the charts' templates: in a worker_thread, so a template that never ends is stopped.
  const renderOptions = args.noRender === true ? undefined : renderOptionsFromArgs(args)
  const engine: WorkerRenderEngine | undefined = renderOptions === undefined ? undefined : createWorkerRenderEngine(renderTimeoutMs(args))
  // The next pack is read from disk while this one is checked; not with --fix, which may write a
  // folder given again later on the command line.
  const readAhead = (source: string | undefined) => (args.fix || source === undefined ? undefined : readSettled(source))
  let prefetched = readAhead(args.positionals[0])
  try {
    for (const [index, source] of args.positionals.entries()) {
      const read = prefetched ?? readSettled(source)
      prefetched = readAhead(args.positionals[index + 1])
      try {
        let pack = await unsettle(read)
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

type SettledRead = { readonly pack: Pack } | { readonly error: unknown }

/** Reads a pack without rejecting, so a read started ahead of its turn never goes unhandled. */
function readSettled(source: string): Promise<SettledRead> {
  return readPackSource(source).then((pack) => ({ pack }), (error: unknown) => ({ error }))
}

async function unsettle(read: Promise<SettledRead>): Promise<Pack> {
  const settled = await read
  if ('error' in settled) throw settled.error
  return settled.pack
}

/** The render checks' findings, the image ones with the same Add / Replace fixes the app offers. */
async function renderedFindings(pack: Pack, engine: WorkerRenderEngine, options: Parameters<typeof checkRenderedPack>[2]) {
  const result = await checkRenderedPack(pack, engine, options)
  return withImageFixes(result.findings, compareImages(pack, result.documents).rows)
}
