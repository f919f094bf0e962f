// `validate` of many packs on every core: each worker_thread reads and lints one pack at a time,
// taking the next path when it is done, and the outcomes come back in the order of the paths.
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { LintMode } from '../core'
import type { SourceOutcome } from './validateSource'

/** A request to a validate worker: lint the pack at `source`. */
export interface ValidateJob {
  readonly index: number
  readonly source: string
  readonly mode: LintMode
}

/** A worker's answer: the outcome, or the message of an unexpected failure (a bug, reported as such). */
export type ValidateJobResult =
  | { readonly index: number; readonly outcome: SourceOutcome }
  | { readonly index: number; readonly failure: string }

// A worker costs about as much to start as linting a few packs: fewer packs stay on the main thread.
const MIN_PACKS_PER_WORKER = 4
const MAX_WORKERS = 8
const YOUNG_GENERATION_MB = 64
const JOBS_IN_FLIGHT = 2

/**
 * How many workers pay for `packCount` packs: one per core, each with a few packs at least; below 2
 * the main thread does the work. The load average is not consulted: a worker on a busy core still
 * takes its share, as the workers of a test runner or a compiler do (it used to, and on a 2-core CI
 * machine the load the build left behind kept validate on one thread). PACK_BUILDER_WORKERS=N asks
 * for N (0 or 1: none).
 */
export function validateWorkerCount(packCount: number, cores = availableParallelism(), asked = process.env.PACK_BUILDER_WORKERS): number {
  const wanted = asked !== undefined && /^\d+$/.test(asked) ? Math.min(Number(asked), packCount) : Math.min(cores, MAX_WORKERS, Math.floor(packCount / MIN_PACKS_PER_WORKER))
  return wanted >= 2 ? wanted : 0
}

/** The worker's entry: beside the bundled CLI (dist-cli/), else through tsx from the source tree (tests). */
function workerUrl(): URL {
  const bundled = new URL('./validate-worker.mjs', import.meta.url)
  return existsSync(fileURLToPath(bundled)) ? bundled : new URL('../../bin/validate-worker.mjs', import.meta.url)
}

/** Lints every source on `workerCount` worker_threads; the outcomes are in the order of `sources`. */
export async function validateInWorkers(sources: readonly string[], mode: LintMode, workerCount: number): Promise<SourceOutcome[]> {
  const outcomes: (SourceOutcome | undefined)[] = sources.map(() => undefined)
  let next = 0
  const url = workerUrl()
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      // Parsing YAML makes many short-lived objects: a larger young generation collects them less often.
      const worker = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
      let settled = false
      const finish = (error?: Error) => {
        if (settled) return
        settled = true
        void worker.terminate()
        if (error) reject(error)
        else resolve()
      }
      let inFlight = 0
      const send = () => {
        if (next >= sources.length) {
          if (inFlight === 0) finish()
          return
        }
        inFlight += 1
        const index = next++
        const job: ValidateJob = { index, source: sources[index] ?? '', mode }
        worker.postMessage(job)
      }
      worker.on('message', (result: ValidateJobResult) => {
        if ('failure' in result) {
          finish(new Error(result.failure))
          return
        }
        outcomes[result.index] = result.outcome
        inFlight -= 1
        send()
      })
      worker.on('error', (error) => { finish(error) })
      worker.on('exit', (code) => { finish(code === 0 ? undefined : new Error(`a validate worker stopped (exit code ${code})`)) })
      // Two packs in flight per worker: the next one is read from disk while this one is linted.
      for (let job = 0; job < JOBS_IN_FLIGHT; job++) send()
    })
  await Promise.all(Array.from({ length: workerCount }, runWorker))
  return outcomes.map((outcome, index) => {
    if (outcome === undefined) throw new Error(`no result for ${sources[index] ?? index}`)
    return outcome
  })
}
