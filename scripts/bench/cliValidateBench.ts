import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
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

/** The least any validator must do: read every pack and parse each of its files once (YAML, JSON, charts gunzipped). */
async function readAndParseEverything(dirs: readonly string[]): Promise<void> {
  for (const dir of dirs) parseEveryFile((await readPackSource(dir)).files)
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
async function validateProcess(root: string, dirs: readonly string[], workers: string | undefined): Promise<void> {
  const env = workers === undefined ? process.env : { ...process.env, PACK_BUILDER_WORKERS: workers }
  try {
    await run(process.execPath, [process.env.BENCH_CLI ?? join(root, 'bin/pack-builder.mjs'), 'validate', ...dirs, '--no-render', '--format', 'json'], { env, maxBuffer: 1024 * 1024 * 1024 })
  } catch (error) {
    // Exit code 1 (some pack has errors) is the corpus's normal result.
    if (!(error instanceof Error && 'code' in error && error.code === 1)) throw error
  }
}

/**
 * `pack-builder validate <every corpus pack> --no-render` (the bundled CLI, a new process: its
 * start-up included), on every core and on one thread, against reading and parsing every file of
 * every pack once in this process, alternating so all three see the same machine.
 */
export async function benchCliValidate(root: string, corpusDir: string): Promise<void> {
  if (!existsSync(join(root, 'dist-cli/pack-builder.mjs'))) await run('npm', ['run', '--silent', 'build:cli'], { cwd: root })
  const dirs = (await readdir(corpusDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => join(corpusDir, entry.name))
  const everyCore: number[] = []
  const oneThread: number[] = []
  const baseline: number[] = []
  for (let index = 0; index < RUNS; index++) {
    let start = performance.now()
    await validateProcess(root, dirs, undefined)
    everyCore.push(performance.now() - start)
    start = performance.now()
    await validateProcess(root, dirs, '0')
    oneThread.push(performance.now() - start)
    start = performance.now()
    await readAndParseEverything(dirs)
    baseline.push(performance.now() - start)
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
  printRow(`CLI validate --no-render, ${dirs.length} corpus packs`, median(everyCore), 'read + parse every file once', median(baseline))
  printRow('  the same on one thread (PACK_BUILDER_WORKERS=0)', median(oneThread), 'read + parse every file once', median(baseline))
}
