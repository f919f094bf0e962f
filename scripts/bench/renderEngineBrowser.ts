// The render engine's first load in a real browser: the built app (dist/) in Chromium, from opening
// the Rendered view of a chart pack to its first rendered output, and the engine's own start
// (download, compile and instantiate engine.wasm, first answer), against opening values.yaml in
// Monaco in the same kind of fresh browser context (the app's other heavy first load).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium } from '@playwright/test'
import type { Browser, Page } from '@playwright/test'
import { preview } from 'vite'
import { findChromium } from '../findChromium'
import { webChartPackZip } from '../../e2e/support/renderPacks'
import { printRow } from './measure'

const RUNS = 3
const PACK_VALUES = 'pack:\n  namespace: web\n  content:\n    images:\n      - image: ghcr.io/example/web:2.0.0\ncharts:\n  web:\n    replicaCount: 2\n'

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** A fresh context (no cache, no service worker yet) with the web chart pack opened. */
async function openChartPack(browser: Browser, baseUrl: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
  await page.goto(baseUrl)
  await page.getByRole('heading', { name: 'Create a Palette pack' }).waitFor()
  await page.getByLabel('Pack archive to open').setInputFiles({ name: 'web-pack-1.0.0.zip', mimeType: 'application/zip', buffer: await webChartPackZip(PACK_VALUES) })
  await page.getByRole('tree', { name: 'Pack files' }).waitFor()
  return page
}

async function renderedViewFigures(browser: Browser, baseUrl: string): Promise<{ firstOutputMs: number; engineStartMs: number; renderMs: number }> {
  const page = await openChartPack(browser, baseUrl)
  const start = performance.now()
  await page.getByRole('navigation', { name: 'Pack views' }).getByRole('button', { name: 'Rendered output' }).click()
  await page.waitForFunction(() => window.__packBuilderMonaco?.editor.getModel(window.__packBuilderMonaco.Uri.parse('rendered:///charts/web-1.0.0.tgz')) != null, undefined, { timeout: 180_000 })
  const firstOutputMs = performance.now() - start
  const status = page.locator('.rendered__status[data-engine-start-ms][data-render-ms]')
  await status.waitFor({ timeout: 180_000 })
  const engineStartMs = Number(await status.getAttribute('data-engine-start-ms'))
  const renderMs = Number(await status.getAttribute('data-render-ms'))
  await page.context().close()
  return { firstOutputMs, engineStartMs, renderMs }
}

async function valuesEditorMs(browser: Browser, baseUrl: string): Promise<number> {
  const page = await openChartPack(browser, baseUrl)
  const start = performance.now()
  await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^values\.yaml/ }).click()
  await page.waitForFunction(() => window.__packBuilderMonaco?.editor.getModel(window.__packBuilderMonaco.Uri.parse('file:///values.yaml')) != null, undefined, { timeout: 180_000 })
  const ms = performance.now() - start
  await page.context().close()
  return ms
}

/** Prints the browser figures; says why when they cannot be measured (no build, no Chromium). */
export async function benchRenderEngineInBrowser(root: string): Promise<void> {
  if (!existsSync(join(root, 'dist/index.html'))) {
    console.log('render engine in the browser: skipped (no dist/; run `npx vite build` first)')
    return
  }
  const executablePath = findChromium()
  const server = await preview({ root, logLevel: 'silent', preview: { port: 0, strictPort: false, open: false } })
  let browser: Browser | undefined
  try {
    const baseUrl = server.resolvedUrls?.local[0]
    if (baseUrl === undefined) throw new Error('vite preview gave no URL')
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-dev-shm-usage'] })
    const rendered: { firstOutputMs: number; engineStartMs: number; renderMs: number }[] = []
    const editor: number[] = []
    for (let run = 0; run < RUNS; run++) {
      rendered.push(await renderedViewFigures(browser, baseUrl))
      editor.push(await valuesEditorMs(browser, baseUrl))
    }
    const editorMs = median(editor)
    printRow('Rendered view to first output (fresh page)', median(rendered.map((figures) => figures.firstOutputMs)), 'open values.yaml in Monaco', editorMs)
    printRow('engine.wasm download + instantiate + 1st', median(rendered.map((figures) => figures.engineStartMs)), 'open values.yaml in Monaco', editorMs)
    printRow('render + check the chart pack (worker)', median(rendered.map((figures) => figures.renderMs)), 'open values.yaml in Monaco', editorMs)
  } catch (error) {
    console.log(`render engine in the browser: not measured (${error instanceof Error ? error.message : String(error)})`)
  } finally {
    await browser?.close()
    await new Promise<void>((resolve) => { server.httpServer.close(() => { resolve() }) })
  }
}
