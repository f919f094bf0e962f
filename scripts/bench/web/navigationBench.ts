// The navigation figure of `npm run bench:web`: milliseconds from a reload's navigation start until the
// page is usable (the app: its pack.json form's first field, with a draft open; the baselines: their
// ready element), as medians of several reloads, each after the page has settled (its checks done, the
// network idle): a reload while the last load's work still runs would also time that work's teardown.
// Two conditions, each applied to every page alike:
// - first visit: no HTTP cache and no service worker, so every script is downloaded and compiled;
// - returning visit: what a second visit gets: the HTTP cache (for the baselines; the app's files are
//   served as cacheable too) and the app's own service worker, which has precached the app; Chromium
//   then also keeps the scripts' compiled code.
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { installPageProbes, READY_MESSAGE } from './pageProbes'

export type Visit = 'first' | 'returning'

export interface NavigationSetup {
  readonly browser: Browser
  /** The pages of a first visit (sent with `no-store`). */
  readonly coldUrl: string
  /** The same pages sent as cacheable. */
  readonly cacheableUrl: string
  readonly runs: number
}

export interface PageKind {
  readonly path: 'app' | 'react' | 'empty'
  readonly readySelector: string
  /** Brings the page to the state a reload measures (the app: a draft open). */
  readonly prepare?: (page: Page) => Promise<void>
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

/**
 * A new context whose pages record probes for `readySelector` (see pageProbes.ts). A first visit has no
 * service worker and no HTTP cache; a returning one has both.
 */
export async function newBenchPage(browser: Browser, visit: Visit, readySelector: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ serviceWorkers: visit === 'first' ? 'block' : 'allow', viewport: { width: 1440, height: 900 }, acceptDownloads: true })
  // tsx keeps function names through a `__name` helper the page does not have: give it an identity one.
  await context.addInitScript({ content: `var __name = (target) => target; (${installPageProbes.toString()})(${JSON.stringify(readySelector)}, ${JSON.stringify(READY_MESSAGE)})` })
  const page = await context.newPage()
  if (visit === 'first') {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  }
  return { context, page }
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, { timeout: 60_000 })
  await page.waitForTimeout(500)
}

/**
 * Navigates to the page again, from a blank page: the time is the new page's own (a reload would also
 * time the old page's teardown, which is heavier for an app with workers than for the baselines).
 * The tab's session storage stays, so the app reopens its draft as after a reload.
 */
async function reloadUntilReady(page: Page): Promise<{ readonly ready: number; readonly marks: readonly (readonly [string, number])[] }> {
  const url = page.url()
  await page.goto('about:blank')
  // Waits on the probe's console message, not with waitForFunction (see pageProbes.ts).
  const readyLogged = page.waitForEvent('console', { predicate: (message) => message.text() === READY_MESSAGE, timeout: 60_000 })
  await page.goto(url)
  await readyLogged
  const ready = Number(await page.evaluate(() => window.__bench.readyAt))
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime] as const))
  return { ready, marks }
}

/** The median time to a usable page, and the medians of the start-up marks the page set on the way (app: `pack-builder:*`). */
export interface NavigationTime {
  readonly ready: number
  readonly phases: ReadonlyMap<string, number>
}

/** Median milliseconds to a usable page for one kind of page and visit. */
export async function navigationTime(setup: NavigationSetup, visit: Visit, kind: PageKind): Promise<NavigationTime> {
  const { context, page } = await newBenchPage(setup.browser, visit, kind.readySelector)
  try {
    await page.goto(`${visit === 'first' ? setup.coldUrl : setup.cacheableUrl}/${kind.path}/`)
    if (visit === 'returning' && kind.path === 'app') {
      // The service worker precaches the app on the first visit; the next load is the one it serves.
      await page.evaluate(async () => { await navigator.serviceWorker.ready })
      await page.reload()
    }
    await kind.prepare?.(page)
    // Warm-up reloads: for a returning visit, Chromium keeps a script's compiled code from its second load on.
    for (let warmUp = 0; warmUp < (visit === 'returning' ? 3 : 1); warmUp++) {
      await settle(page)
      await reloadUntilReady(page)
    }
    const times: number[] = []
    const marks = new Map<string, number[]>()
    for (let run = 0; run < setup.runs; run++) {
      await settle(page)
      const result = await reloadUntilReady(page)
      times.push(result.ready)
      for (const [name, at] of result.marks) marks.set(name, [...(marks.get(name) ?? []), at])
    }
    if (visit === 'returning' && kind.path === 'app' && !(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      throw new Error('bench:web: the app was not served by its service worker on a returning visit')
    }
    return { ready: median(times), phases: new Map([...marks].map(([name, values]) => [name, median(values)])) }
  } finally {
    await context.close()
  }
}
