// BENCH_PROFILE=1: where the main thread spends its time during one measured step, from a CDP CPU
// profile of the page, so a long task can be broken down (which function, which bundle) and not guessed.
import { writeFile } from 'node:fs/promises'
import type { CDPSession } from '@playwright/test'

interface ProfileNode {
  readonly id: number
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number }
  readonly children?: readonly number[]
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[]
  readonly samples?: readonly number[]
  readonly timeDeltas?: readonly number[]
}

export const profiling = process.env.BENCH_PROFILE === '1'

/** Starts sampling the page's main thread (every 200 µs). */
export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
}

/** Stops sampling and prints the functions with the most self time, with their bundle. */
export async function printProfile(cdp: CDPSession, label: string, top = 12): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop') as { profile: CpuProfile }
  // BENCH_PROFILE_OUT=file.cpuprofile keeps the whole profile, to open in DevTools (Performance panel).
  const out = process.env.BENCH_PROFILE_OUT
  if (out !== undefined && out !== '') {
    await writeFile(out, JSON.stringify(profile))
    console.log(`  profile written to ${out}`)
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfMs = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let index = 0; index < samples.length; index++) {
    const node = byId.get(samples[index] ?? -1)
    if (node === undefined) continue
    const { functionName, url, lineNumber, columnNumber } = node.callFrame
    const file = url.split('/').pop() ?? ''
    const key = `${functionName || '(anonymous)'} ${file}${file ? `:${String(lineNumber + 1)}:${String(columnNumber + 1)}` : ''}`
    selfMs.set(key, (selfMs.get(key) ?? 0) + (deltas[index] ?? 0) / 1000)
  }
  const busy = [...selfMs].filter(([key]) => !key.startsWith('(idle)') && !key.startsWith('(program)')).reduce((sum, [, value]) => sum + value, 0)
  console.log(`  profile of ${label}: ${busy.toFixed(0)} ms of script on the main thread; top self time:`)
  for (const [key, value] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`    ${value.toFixed(1).padStart(8)} ms  ${key}`)
}
