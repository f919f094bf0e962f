import { performance } from 'node:perf_hooks'

/** Median wall time in milliseconds of `runs` calls of `task`, after one warm-up call. */
export async function medianMs(runs: number, task: () => unknown): Promise<number> {
  await task()
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    await task()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

/** One line of the benchmark table: a measurement against its same-run baseline. */
export function printRow(label: string, ms: number, baselineLabel: string, baselineMs: number): void {
  const ratio = ms / baselineMs
  console.log(`${label.padEnd(46)} ${ms.toFixed(1).padStart(9)} ms   vs ${baselineLabel.padEnd(30)} ${baselineMs.toFixed(1).padStart(9)} ms   ratio ${ratio.toFixed(2)}`)
}

/** A copy of every file's bytes, so memoized views are rebuilt as on a real change. */
export function freshBytes(files: ReadonlyMap<string, Uint8Array>): [string, Uint8Array][] {
  return [...files].map(([path, bytes]) => [path, new Uint8Array(bytes)])
}
