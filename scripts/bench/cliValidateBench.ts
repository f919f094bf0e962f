import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gunzipSync } from 'fflate'
import { parseAllDocuments } from 'yaml'
import { decodeText } from '../../src/core'
import { main } from '../../src/cli/main'
import { readPackSource } from '../../src/cli/readPackSource'
import { printRow } from './measure'

const RUNS = 3

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
 * `pack-builder validate <every corpus pack> --no-render`, run in-process with its output dropped,
 * against reading and parsing every file of every pack once, alternating so both see the same machine.
 */
export async function benchCliValidate(corpusDir: string): Promise<void> {
  const dirs = (await readdir(corpusDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => join(corpusDir, entry.name))
  const silent = { out: () => undefined, err: () => undefined }
  const validate: number[] = []
  const baseline: number[] = []
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now()
    await main(['validate', ...dirs, '--no-render'], silent)
    validate.push(performance.now() - start)
    start = performance.now()
    await readAndParseEverything(dirs)
    baseline.push(performance.now() - start)
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
  printRow(`CLI validate --no-render, ${dirs.length} corpus packs`, median(validate), 'read + parse every file once', median(baseline))
}
