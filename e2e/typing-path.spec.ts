import { expect, test } from '@playwright/test'
import { openStartPage, startNewPack } from './helpers'
import { modelText, openInEditor, placeCursorAtLineEnd } from './support/monaco'
import { FIRST_RENDER_MS, RENDER_TEST_MS, openPackZip, webChartPackZip } from './support/renderPacks'

const PACK_SECTION = 'pack:\n  namespace: web\n  content:\n    images:\n      - image: ghcr.io/example/web:2.0.0\n'
// Line 8: a string where the chart's Deployment needs an integer (a render check finds it).
const VALUES = `${PACK_SECTION}charts:\n  web:\n    replicaCount: "two"\n`

declare global {
  interface Window {
    /** What the page asked of IndexedDB and of the render worker (recorded by this spec). */
    __typingProbe: { blobPuts: number; renderRequests: number; keys: number[]; puts: number[]; findingLost?: boolean; stopWatching?: boolean }
  }
}

test('typing renders nothing per keystroke; the render finding stays through half-typed YAML, then the draft is stored and the pack rendered once', async ({ page }) => {
  test.setTimeout(RENDER_TEST_MS)
  await page.addInitScript(() => {
    const probe: Window['__typingProbe'] = { blobPuts: 0, renderRequests: 0, keys: [], puts: [] }
    window.__typingProbe = probe
    addEventListener('keydown', () => { probe.keys.push(performance.now()) }, true)
    // Wrapped through Reflect, keeping each call's own `this` (the store, the worker).
    const put: unknown = Reflect.get(IDBObjectStore.prototype, 'put')
    Reflect.set(IDBObjectStore.prototype, 'put', function (this: IDBObjectStore, ...args: unknown[]): unknown {
      if (this.name === 'blobs') {
        probe.blobPuts += 1
        probe.puts.push(performance.now())
      }
      return Reflect.apply(put as (...values: unknown[]) => unknown, this, args)
    })
    const postMessage: unknown = Reflect.get(Worker.prototype, 'postMessage')
    Reflect.set(Worker.prototype, 'postMessage', function (this: Worker, ...args: unknown[]): unknown {
      const [message] = args
      if (typeof message === 'object' && message !== null && Reflect.get(message, 'type') === 'render') probe.renderRequests += 1
      return Reflect.apply(postMessage as (...values: unknown[]) => unknown, this, args)
    })
  })
  await openStartPage(page)
  await openPackZip(page, 'web-pack-1.0.0.zip', await webChartPackZip(VALUES), 'Web Pack')
  const problems = page.getByRole('region', { name: 'Problems', exact: true })
  const schemaError = problems.getByRole('button', { name: /rendered\/schema/ })
  await expect(schemaError).toContainText('`spec.replicas`: must be of type integer', { timeout: FIRST_RENDER_MS })
  await expect(problems).not.toContainText(/checking…|rendering…/)

  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  await placeCursorAtLineEnd(page, 8)
  const before = await page.evaluate(() => ({ ...window.__typingProbe }))
  // Watches every frame while the user types: the previous render's finding must stay (no flicker,
  // no half-typed render replacing it).
  await page.evaluate(() => {
    const watch = () => {
      const shown = [...document.querySelectorAll('button')].some((button) => button.textContent.includes('rendered/schema'))
      if (!shown) window.__typingProbe.findingLost = true
      if (!window.__typingProbe.stopWatching) requestAnimationFrame(watch)
    }
    requestAnimationFrame(watch)
  })
  // A new key under charts.web, typed as a user does: the YAML is broken on the way (`note` alone is no mapping entry).
  const typed = '\nnote: 1'
  await page.keyboard.type(typed)
  await page.evaluate(() => { window.__typingProbe.stopWatching = true })
  const whileTyping = await page.evaluate(() => ({ ...window.__typingProbe }))
  expect(whileTyping.findingLost).toBeUndefined()
  expect(whileTyping.renderRequests - before.renderRequests).toBe(0)
  // Each edit is stored as it is made (only the edited file): a reload right after typing loses nothing.
  expect(whileTyping.blobPuts - before.blobPuts).toBeGreaterThan(0)

  // After the pause the pack is rendered once more: the finding is still there (the value is still a
  // string), and nothing of the half-typed states.
  await expect.poll(() => page.evaluate(() => window.__typingProbe.renderRequests), { timeout: FIRST_RENDER_MS }).toBe(whileTyping.renderRequests + 1)
  await expect(problems).not.toContainText(/checking…|rendering…/, { timeout: FIRST_RENDER_MS })
  await expect(schemaError).toHaveCount(1)
  await expect(problems).not.toContainText(/render\/chart-unrenderable|pack-values\/syntax/)
  const after = await page.evaluate(() => ({ ...window.__typingProbe }))
  expect(after.puts.filter((put) => put > (after.keys.at(-1) ?? 0))).not.toEqual([])

  // The draft was stored: a reload reopens it with the typed text.
  await page.reload()
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  expect(await modelText(page, 'values.yaml')).toBe(`${PACK_SECTION}charts:\n  web:\n    replicaCount: "two"\n    note: 1\n`)
})

test('a reload right after the last keystroke keeps every key typed (what IndexedDB has not stored by then is kept through pagehide)', async ({ page }) => {
  await startNewPack(page, 'manifest add-on pack')
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  let expected = await modelText(page, 'values.yaml')
  // Three rounds: each types at the end of the file and reloads at once, with no wait for any status.
  for (const round of [1, 2, 3]) {
    const lines = expected.split('\n')
    const last = expected.endsWith('\n') ? lines.length - 1 : lines.length
    await placeCursorAtLineEnd(page, last)
    // A comment at the end of the last line: no Enter, so no auto-indentation to predict.
    const typed = ` # round ${String(round)} typed quickly`
    await page.keyboard.type(typed)
    expected = `${expected.endsWith('\n') ? expected.slice(0, -1) : expected}${typed}${expected.endsWith('\n') ? '\n' : ''}`
    await page.reload()
    await openInEditor(page, /^values\.yaml/, 'values.yaml')
    expect(await modelText(page, 'values.yaml')).toBe(expected)
  }
})
