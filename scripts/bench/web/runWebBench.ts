// `npm run bench:web`: the app's figures in Chromium, on the BUILT app (run after `vite build`), each
// against a baseline measured in the same run. Medians of several runs.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import type { Browser, Page } from '@playwright/test'
import { readPackSource } from '../../../src/cli/readPackSource'
import { archiveBaseName } from '../../../src/core'
import type { Pack } from '../../../src/core'
import { findChromium } from '../../findChromium'
import { buildBaselinePages } from './baselinePages'
import { packWithBigCharts, packZip } from './bigChartPack'
import { printProfile, profiling, startProfile } from './cpuProfile'
import { navigationTime, newBenchPage } from './navigationBench'
import { startStaticServer } from './staticServer'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const corpusDir = resolve(process.argv[2] ?? join(root, '../shared/corpus/pack-central'))
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const FORM_SELECTOR = '#root_name'
// BENCH_ONLY=typing (or navigation, big-pack; comma-separated) runs only those parts, while iterating on one.
const ONLY = new Set((process.env.BENCH_ONLY ?? 'navigation,typing,big-pack').split(',').map((part) => part.trim()))

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`
function row(label: string, value: number, baselineLabel: string, baseline: number): void {
  console.log(`${label.padEnd(52)} ${ms(value)}   vs ${baselineLabel.padEnd(26)} ${ms(baseline)}   ratio ${(value / baseline).toFixed(2)}`)
}

if (!existsSync(join(root, 'dist/index.html'))) throw new Error('No built app in dist/: run `npx vite build` first (npm run bench:web does).')
const executablePath = findChromium()
const cache = join(root, 'node_modules/.cache/pack-builder-bench-web')
await buildBaselinePages(cache)
const pages = { '/app/': join(root, 'dist'), '/empty/': join(cache, 'empty'), '/react/': join(cache, 'react') }
const server = await startStaticServer(pages)
const cacheableServer = await startStaticServer(pages, { cacheable: true })
const browser: Browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-dev-shm-usage'] })

/** A fresh context (no service worker, no HTTP cache) whose pages record probes for `readySelector`. */
const freshPage = (readySelector: string) => newBenchPage(browser, 'first', readySelector)

async function navigationFigures(): Promise<void> {
  const setup = { browser, coldUrl: server.url, cacheableUrl: cacheableServer.url, runs: RUNS }
  const newPack = async (page: Page) => {
    await page.getByRole('button', { name: /^New manifest add-on pack/i }).click()
    await page.locator(FORM_SELECTOR).waitFor()
  }
  for (const [visit, label] of [['first', 'first visit'], ['returning', 'returning visit']] as const) {
    const empty = await navigationTime(setup, visit, { path: 'empty', readySelector: '#ready' })
    const react = await navigationTime(setup, visit, { path: 'react', readySelector: '#ready' })
    const app = await navigationTime(setup, visit, { path: 'app', readySelector: FORM_SELECTOR, prepare: newPack })
    row(`navigation to a usable form, ${label}`, app.ready, 'React-only page', react.ready)
    row(`navigation to a usable form, ${label}`, app.ready, 'empty page', empty.ready)
    const phases = [...app.phases].filter(([name]) => name.startsWith('pack-builder:')).sort((a, b) => a[1] - b[1])
    console.log(`  app start-up, median ms from navigation start: ${[...phases.map(([name, at]) => `${name.slice('pack-builder:'.length)} ${at.toFixed(0)}`), `form ${app.ready.toFixed(0)}`].join(', ')}`)
  }
}

/**
 * Opens the pack's .zip through the file input and returns the milliseconds until its file tree shows.
 * The archive is handed over as a file on disk, as a user's pick is: given as a buffer, Playwright
 * would push it into the page as base64 and decode it there, on the page's own thread.
 */
async function openPack(page: Page, pack: Pack): Promise<number> {
  const work = await mkdtemp(join(tmpdir(), 'bench-web-open-'))
  try {
    const file = join(work, `${archiveBaseName(pack)}.zip`)
    await writeFile(file, await packZip(pack))
    const start = performance.now()
    await page.getByLabel('Pack archive to open').setInputFiles(file, { timeout: 120_000 })
    await page.getByRole('treeitem', { name: /^values\.yaml/ }).waitFor({ timeout: 120_000 })
    return performance.now() - start
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

const longestTaskSince = (page: Page, since: number) =>
  page.evaluate((from) => Math.max(0, ...window.__bench.longTasks.filter((task) => task.start >= from).map((task) => task.duration)), since)

async function typingFigures(thanos: Pack): Promise<void> {
  const { context, page } = await freshPage(FORM_SELECTOR)
  const cdp = profiling ? await context.newCDPSession(page) : undefined
  await page.goto(`${server.url}/app/`)
  await openPack(page, thanos)
  await page.getByRole('treeitem', { name: /^values\.yaml/ }).click()
  const editor = page.locator('.monaco-editor textarea').first()
  await editor.waitFor({ timeout: 60_000 })
  await editor.focus()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, { timeout: 60_000 })
  await page.waitForTimeout(1000)
  const since = await page.evaluate(() => performance.now())
  if (cdp) await startProfile(cdp)
  const text = '# typed by bench:web, fifty characters long 123456'
  for (const char of text) {
    const updates = await page.evaluate(() => window.__bench.problemsUpdated.length)
    await page.keyboard.type(char)
    await page.waitForFunction((count) => window.__bench.problemsUpdated.length > count, updates, { timeout: 30_000 })
    await page.waitForTimeout(30)
  }
  const latencies = await page.evaluate(() => window.__bench.problemsUpdated.slice(-50))
  const longest = await longestTaskSince(page, since)
  if (cdp) {
    await printProfile(cdp, 'typing 50 characters', 25)
    const tasks = await page.evaluate((from) => window.__bench.longTasks.filter((task) => task.start >= from), since)
    console.log(`  long tasks: ${tasks.map((task) => `${(task.start - since).toFixed(0)}+${task.duration.toFixed(0)}`).join(' ')}`)
  }
  console.log(`typing 50 characters into thanos values.yaml (${thanos.files.get('values.yaml')?.length ?? 0} bytes): longest main-thread task ${ms(longest)}; keystroke to updated Problems median ${ms(median(latencies))}, max ${ms(Math.max(...latencies))}`)
  await context.close()
}

async function cliArchiveTimes(pack: Pack): Promise<{ tar: number; zip: number }> {
  const work = await mkdtemp(join(tmpdir(), 'bench-web-'))
  try {
    const top = join(work, archiveBaseName(pack))
    for (const [path, bytes] of pack.files) {
      await mkdir(dirname(join(top, path)), { recursive: true })
      await writeFile(join(top, path), bytes)
    }
    const time = (command: string, args: string[]) => {
      const times: number[] = []
      for (let run = 0; run < 3; run++) {
        const start = performance.now()
        execFileSync(command, args, { cwd: work })
        times.push(performance.now() - start)
        void rm(join(work, args[1] ?? 'x'), { force: true })
      }
      return median(times)
    }
    return { tar: time('tar', ['czf', 'out.tar.gz', archiveBaseName(pack)]), zip: time('zip', ['-qr', 'out.zip', archiveBaseName(pack)]) }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function bigPackFigures(big: Pack): Promise<void> {
  const chartBytes = [...big.files].filter(([path]) => path.endsWith('.tgz')).reduce((sum, [, bytes]) => sum + bytes.length, 0)
  const { context, page } = await freshPage(FORM_SELECTOR)
  await page.goto(`${server.url}/app/`)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    const { metrics } = await cdp.send('Performance.getMetrics')
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN
  }
  const startHeap = await heap()
  const openTimes: number[] = []
  const openLongest: number[] = []
  for (let run = 0; run < 3; run++) {
    // Each run opens the pack as a new draft; back to the start page between runs.
    if (run > 0) {
      await page.getByRole('button', { name: /^Drafts/ }).click()
      await page.getByRole('button', { name: 'All drafts (start page)' }).click()
    }
    const since = await page.evaluate(() => performance.now())
    if (profiling && run === 0) await startProfile(cdp)
    openTimes.push(await openPack(page, big))
    // What opening starts (lint, draft save, chart reading) counts too: wait until the checks settle.
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, { timeout: 120_000 })
    await page.waitForTimeout(500)
    if (profiling && run === 0) await printProfile(cdp, 'opening the pack')
    openLongest.push(await longestTaskSince(page, since))
  }
  const cli = await cliArchiveTimes(big)
  console.log(`opening a pack with ${(chartBytes / 1024 / 1024).toFixed(1)} MiB of charts (.zip) ${ms(median(openTimes))}   longest main-thread task ${ms(median(openLongest))}`)
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, { timeout: 120_000 })
  const openHeap = await heap()
  console.log(`tab memory (JS heap after GC): start page ${(startHeap / 2 ** 20).toFixed(1)} MiB, after opening that pack ${(openHeap / 2 ** 20).toFixed(1)} MiB`)
  const download = page.getByRole('button', { name: 'Download .zip' })
  // A download waits for the pack's checks (lint and render): measure it once they have settled.
  await page.waitForFunction(() => document.querySelector('.download__reason--pending, .problems__pending') === null, undefined, { timeout: 600_000 })
  if (!(await download.isEnabled())) {
    await page.locator('.download__reason').click()
    const blocking = await page.getByRole('region', { name: 'Problems blocking the download' }).innerText()
    console.log(`downloads: blocked by errors in the pack; not measured:\n${blocking}`)
  } else {
    for (const [label, button, baselineLabel, baseline] of [['Download .tar.gz', 'Download .tar.gz (OCI)', '`tar czf` of the files', cli.tar], ['Download .zip', 'Download .zip', '`zip -r` of the files', cli.zip]] as const) {
      const times: number[] = []
      const longest: number[] = []
      for (let run = 0; run < 3; run++) {
        const since = await page.evaluate(() => performance.now())
        if (profiling && run === 0) await startProfile(cdp)
        const start = performance.now()
        await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: button }).click()])
        times.push(performance.now() - start)
        await page.waitForTimeout(300)
        if (profiling && run === 0) await printProfile(cdp, label)
        longest.push(await longestTaskSince(page, since))
      }
      row(`${label} (longest task ${median(longest).toFixed(0)} ms)`, median(times), baselineLabel, baseline)
    }
  }
  await context.close()
}

try {
  console.log(`Pack Builder web benchmarks (Chromium ${browser.version()}); medians; ratio = measured / baseline\n`)
  if (ONLY.has('navigation')) await navigationFigures()
  if (existsSync(join(corpusDir, 'thanos-17.6.0'))) {
    const thanos = await readPackSource(join(corpusDir, 'thanos-17.6.0'))
    if (ONLY.has('typing')) await typingFigures(thanos)
    if (ONLY.has('big-pack')) await bigPackFigures(await packWithBigCharts(thanos, 20 * 1024 * 1024))
  } else {
    console.log(`(no corpus at ${corpusDir}: the thanos and 20 MB pack figures are skipped)`)
  }
} finally {
  await browser.close()
  await server.close()
  await cacheableServer.close()
}
