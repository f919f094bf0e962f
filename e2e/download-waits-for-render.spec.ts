import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { formField, openStartPage } from './helpers'
import { validPackFiles, zipOfFolders } from './support/packArchives'
import { FIRST_RENDER_MS, RENDER_TEST_MS, openPackZip } from './support/renderPacks'

const MANIFEST = 'manifests/hello-app.yaml'
const VALUES = 'pack:\n  namespace: "wait-app"\n  content:\n    images:\n      - image: ghcr.io/example/hello-app:1.0.0\n'

/** The shared valid pack's Deployment; `replicas` as given (a string is an error only the render checks find). */
function deployment(replicas: string): string {
  return [
    'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: hello-app', 'spec:', `  replicas: ${replicas}`,
    '  selector:', '    matchLabels:', '      app: hello-app', '  template:', '    metadata:', '      labels:', '        app: hello-app',
    '    spec:', '      containers:', '        - name: hello-app', '          image: ghcr.io/example/hello-app:1.0.0', '',
  ].join('\n')
}

/** Opens the pack and waits until lint and the first render have both finished. */
async function openAndSettle(page: Page, name: string, replicas: string): Promise<void> {
  await openPackZip(page, `${name}-1.0.0.zip`, zipOfFolders({ [`${name}-1.0.0`]: validPackFiles(name, { [MANIFEST]: deployment(replicas), 'values.yaml': VALUES }) }), name)
  const problems = page.getByRole('region', { name: 'Problems', exact: true })
  await expect(problems).not.toContainText('rendering…', { timeout: FIRST_RENDER_MS })
  await expect(problems).not.toContainText('checking…')
}

/**
 * Edits pack.json with the page's clock paused, then lets lint run (its batching timer) but not the
 * render (it waits for a quiet time after lint): the new version is linted and its render pending.
 */
async function editWithRenderPending(page: Page): Promise<void> {
  await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^pack\.json/ }).click()
  const addonType = formField(page, 'combobox', 'Add-on type')
  await expect(addonType.locator('option:checked')).toHaveText('app services')
  await page.clock.pauseAt(Date.now() + 60_000)
  await addonType.selectOption('security')
  await page.clock.runFor(50)
  await expect(page.getByRole('region', { name: 'Problems', exact: true })).toContainText('rendering…')
}

test('a download asked for while the pack is being rendered waits for the render, and is blocked by exactly the one error it finds', async ({ page }) => {
  test.setTimeout(RENDER_TEST_MS)
  await page.clock.install()
  await openStartPage(page)
  const downloads: string[] = []
  page.on('download', (download) => { downloads.push(download.suggestedFilename()) })
  await openAndSettle(page, 'wait-app', '"three"')
  await expect(page.getByRole('button', { name: 'Blocked: 1 error to fix ▾' })).toBeVisible()

  await editWithRenderPending(page)
  // The previous render's error may be gone in the new version: it no longer blocks the button, but a
  // click waits for the new render instead of downloading on the old answer.
  const download = page.getByRole('button', { name: 'Download .zip' })
  await expect(download).toBeEnabled()
  await download.click()
  // The click starts the pending render at once (no waiting for the typing pause): with the engine
  // warm, the "Waiting for the rendered output…" status may be gone before it could be seen. What
  // proves the wait is the outcome: no download, and the new render's error blocking it.
  await page.clock.resume()
  const blocking = page.getByRole('region', { name: 'Problems blocking the download' }).getByRole('button')
  await expect(blocking).toHaveCount(1, { timeout: FIRST_RENDER_MS })
  await expect(blocking).toContainText('`spec.replicas`: must be of type integer')
  await expect(blocking).toContainText('rendered/schema')
  await expect(page.getByRole('button', { name: 'Blocked: 1 error to fix ▾' })).toBeVisible()
  expect(downloads).toEqual([])
})

test('a download asked for while a clean pack is being rendered goes ahead once the render has found nothing', async ({ page }) => {
  test.setTimeout(RENDER_TEST_MS)
  await page.clock.install()
  await openStartPage(page)
  await openAndSettle(page, 'clean-app', '2')
  await editWithRenderPending(page)
  const download = page.waitForEvent('download', { timeout: FIRST_RENDER_MS })
  await page.getByRole('button', { name: 'Download .zip' }).click()
  await page.clock.resume()
  expect((await download).suggestedFilename()).toBe('clean-app-1.0.0.zip')
  await expect(page.getByRole('button', { name: /^Blocked:/ })).toHaveCount(0)
})
