// `npx tsx scripts/bench/web/traceBigPack.ts [corpus]`: a Chromium trace of opening the 20 MB pack and
// downloading it, with the longest main-thread tasks broken down by what ran inside them (event
// names and self times), so a long task is attributed, not guessed. Run after `npx vite build`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { readPackSource } from '../../../src/cli/readPackSource'
import { archiveBaseName } from '../../../src/core'
import { findChromium } from '../../findChromium'
import { packWithBigCharts, packZip } from './bigChartPack'
import { startStaticServer } from './staticServer'

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { name?: string; data?: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number } } }

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const corpusDir = resolve(process.argv[2] ?? join(root, '../shared/corpus/pack-central'))
const executablePath = findChromium()
const server = await startStaticServer({ '/app/': join(root, 'dist') })
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-dev-shm-usage'] })
const big = await packWithBigCharts(await readPackSource(join(corpusDir, 'thanos-17.6.0')), 20 * 1024 * 1024)
const work = await mkdtemp(join(tmpdir(), 'trace-big-pack-'))
const zipFile = join(work, `${archiveBaseName(big)}.zip`)
await writeFile(zipFile, await packZip(big))

function breakdown(label: string, events: readonly TraceEvent[]): void {
  const complete = events.filter((event) => event.ph === 'X' && event.dur !== undefined)
  const threadNames = new Map(events.filter((event) => event.ph === 'M' && event.name === 'thread_name').map((event) => [`${event.pid}:${event.tid}`, event.args?.name ?? '?']))
  // Only the page's main thread: workers may take as long as they like.
  const tasks = complete.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 50_000 && threadNames.get(`${event.pid}:${event.tid}`) === 'CrRendererMain')
  console.log(`${label}: ${tasks.length} main-thread tasks over 50 ms`)
  for (const task of [...tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 6)) {
    const end = task.ts + (task.dur ?? 0)
    const inside = complete.filter((event) => event !== task && event.tid === task.tid && event.pid === task.pid && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end)
    const totals = new Map<string, number>()
    for (const event of inside) {
      const where = event.args?.data?.functionName ? ` ${event.args.data.functionName}` : event.args?.data?.url ? ` ${event.args.data.url.split('/').pop() ?? ''}` : ''
      const key = `${event.name}${where}`
      totals.set(key, Math.max(totals.get(key) ?? 0, 0) + (event.dur ?? 0))
    }
    const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([key, dur]) => `${key} ${(dur / 1000).toFixed(0)}ms`).join('; ')
    console.log(`  task ${((task.dur ?? 0) / 1000).toFixed(0)} ms (thread ${task.tid}): ${top}`)
  }
}

try {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 }, acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(`${server.url}/app/`)
  await page.getByRole('button', { name: /^New manifest add-on pack/i }).waitFor()
  const categories = ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8']
  await browser.startTracing(page, { categories })
  await page.getByLabel('Pack archive to open').setInputFiles(zipFile, { timeout: 120_000 })
  await page.getByRole('treeitem', { name: /^values\.yaml/ }).waitFor({ timeout: 300_000 })
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, { timeout: 300_000 })
  await page.waitForTimeout(1000)
  const openTrace = await browser.stopTracing()
  breakdown('opening', (JSON.parse(openTrace.toString()) as { traceEvents: TraceEvent[] }).traceEvents)
  for (const button of ['Download .tar.gz (OCI)', 'Download .zip']) {
    await page.getByRole('button', { name: button }).waitFor({ state: 'visible' })
    // A download waits for the pack's checks (lint and render): trace it once they have settled.
    await page.waitForFunction(() => document.querySelector('.download__reason--pending, .problems__pending') === null, undefined, { timeout: 600_000 })
    const ready = await page.waitForFunction((name) => [...document.querySelectorAll('button')].some((b) => b.textContent === name && !b.disabled), button, { timeout: 300_000 }).catch(() => undefined)
    if (ready === undefined) {
      console.log(`${button}: still disabled: ${await page.locator('.download').innerText()}`)
      break
    }
    await browser.startTracing(page, { categories })
    await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.getByRole('button', { name: button }).click()])
    await page.waitForTimeout(500)
    const trace = await browser.stopTracing()
    breakdown(button, (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents)
  }
} finally {
  await browser.close()
  await server.close()
  await rm(work, { recursive: true, force: true })
}
