import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'
import { gunzipSync } from 'fflate'
import { parseAllDocuments } from 'yaml'
import { decodeText } from '../../src/core'
import { readPackSource } from '../../src/cli/readPackSource'
import { printRow } from './measure'

const RUNS = 3
const run = promisify(execFile)

// Preloaded into the CLI process (its workers inherit it and skip it): on exit the main thread writes
// the process's CPU time (user + system, every thread: workers included) in ms to $BENCH_CPU_FILE.
// A data: URL, so nothing is added to the package.
const REPORT_CPU_ON_EXIT = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; import { isMainThread } from 'node:worker_threads'; if (isMainThread) process.on('exit', () => { const { user, system } = process.cpuUsage(); writeFileSync(process.env.BENCH_CPU_FILE, String((user + system) / 1000)) })",
)}`

/** What one run took: wall time, and CPU time (user + system, all threads) in ms. */
interface RunTimes {
  readonly wallMs: number
  readonly cpuMs: number
}

/** The least any validator must do: read every pack and parse each of its files once (YAML, JSON, charts gunzipped). */
async function readAndParseEverything(dirs: readonly string[]): Promise<RunTimes> {
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  for (const dir of dirs) parseEveryFile((await readPackSource(dir)).files)
  const cpu = process.cpuUsage(cpuStart)
  return { wallMs: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 }
}

/** Parses each YAML and JSON file of a pack once and unpacks each chart: the least a validator must do. */
export function parseEveryFile(files: ReadonlyMap<string, Uint8Array>): void {
  for (const [path, bytes] of files) {
    if (/\.ya?ml$/i.test(path)) parseAllDocuments(decodeText(bytes))
    else if (path.endsWith('.json')) {
      try {
        JSON.parse(decodeText(bytes))
      } catch {
        // Broken JSON costs as much to find as good JSON costs to read.
      }
    } else if (path.endsWith('.tgz')) gunzipSync(bytes)
  }
}

/**
 * `pack-builder validate <dirs> --no-render` as users run it: the bundled CLI in a new process, output
 * dropped. BENCH_CLI=path/to/pack-builder.mjs measures another build (another branch's, for before/after).
 */
async function validateProcess(root: string, dirs: readonly string[], workers: string | undefined, cpuFile: string): Promise<RunTimes> {
  const env = { ...process.env, BENCH_CPU_FILE: cpuFile, ...(workers === undefined ? {} : { PACK_BUILDER_WORKERS: workers }) }
  const cli = process.env.BENCH_CLI ?? join(root, 'bin/pack-builder.mjs')
  const start = performance.now()
  try {
    await run(process.execPath, ['--import', REPORT_CPU_ON_EXIT, cli, 'validate', ...dirs, '--no-render', '--format', 'json'], { env, maxBuffer: 1024 * 1024 * 1024 })
  } catch (error) {
    // Exit code 1 (some pack has errors) is the corpus's normal result.
    if (!(error instanceof Error && 'code' in error && error.code === 1)) throw error
  }
  return { wallMs: performance.now() - start, cpuMs: Number(await readFile(cpuFile, 'utf8')) }
}

/**
 * `pack-builder validate <every corpus pack> --no-render` (the bundled CLI, a new process: its
 * start-up included), on every core and on one thread, against reading and parsing every file of
 * every pack once in this process, alternating so all three see the same machine.
 */
export async function benchCliValidate(root: string, corpusDir: string): Promise<void> {
  if (!existsSync(join(root, 'dist-cli/pack-builder.mjs'))) await run('npm', ['run', '--silent', 'build:cli'], { cwd: root })
  const dirs = (await readdir(corpusDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => join(corpusDir, entry.name))
  const everyCore: RunTimes[] = []
  const oneThread: RunTimes[] = []
  const baseline: RunTimes[] = []
  const scratch = await mkdtemp(join(tmpdir(), 'pack-builder-bench-'))
  try {
    for (let index = 0; index < RUNS; index++) {
      everyCore.push(await validateProcess(root, dirs, undefined, join(scratch, 'cpu')))
      oneThread.push(await validateProcess(root, dirs, '0', join(scratch, 'cpu')))
      baseline.push(await readAndParseEverything(dirs))
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
  const median = (runs: readonly RunTimes[], of: keyof RunTimes) => runs.map((times) => times[of]).sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? Number.NaN
  printRow(`CLI validate --no-render, ${dirs.length} corpus packs`, median(everyCore, 'wallMs'), 'read + parse every file once', median(baseline, 'wallMs'))
  printRow('  the same on one thread (PACK_BUILDER_WORKERS=0)', median(oneThread, 'wallMs'), 'read + parse every file once', median(baseline, 'wallMs'))
  // CPU time (user + system, every thread) hardly depends on what else the machine runs: the figure
  // to compare when the load average is high. With workers it includes their start-up, not their overlap.
  printRow('  CPU time, every core', median(everyCore, 'cpuMs'), 'the same, its CPU time', median(baseline, 'cpuMs'))
  printRow('  CPU time, one thread', median(oneThread, 'cpuMs'), 'the same, its CPU time', median(baseline, 'cpuMs'))
}
