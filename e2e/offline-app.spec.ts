import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { readPackArchive } from '../src/core/archive/readPackArchive'
import { downloadArchive, expectDownloadAllowed, startNewPack, uploadLogo } from './helpers'
import { modelText, openInEditor } from './support/monaco'
import { FIRST_RENDER_MS, RENDER_TEST_MS, openPackZip, openRenderedView, renderedModelText, webChartPackZip } from './support/renderPacks'

async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => { await navigator.serviceWorker.ready })
  // The first visit installs the worker (precaching everything); from the next load on it serves the page.
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

test('after the first visit the app loads and works with no network at all', async ({ page, context }) => {
  test.setTimeout(240_000)
  await page.goto('/')
  await waitForServiceWorkerControl(page)
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Create a Palette pack' })).toBeVisible()

  await startNewPack(page, 'manifest add-on pack')
  await page.getByRole('region', { name: 'pack.json' }).getByRole('combobox', { name: /^Add-on type/ }).selectOption('ingress')
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  expect(await modelText(page, 'values.yaml')).toContain('pack:')
  await openInEditor(page, /^my-app\.yaml/, 'manifests/my-app.yaml')
  expect(await modelText(page, 'manifests/my-app.yaml')).toContain('kind: Deployment')
  await openInEditor(page, /^README\.md/, 'README.md')
  await expect(page.getByRole('region', { name: 'README preview' }).getByRole('heading', { level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Add presets.yaml' }).click()
  await page.waitForFunction(() => window.__packBuilderMonaco?.editor.getModel(window.__packBuilderMonaco.Uri.parse('file:///presets.yaml')) != null)
  await page.getByRole('button', { name: 'Add schema.yaml' }).click()
  await page.waitForFunction(() => window.__packBuilderMonaco?.editor.getModel(window.__packBuilderMonaco.Uri.parse('file:///schema.yaml')) != null)
  await openInEditor(page, /^pack\.json/, 'pack.json')
  expect(JSON.parse(await modelText(page, 'pack.json'))).toMatchObject({ addonType: 'ingress' })
  await page.getByRole('button', { name: 'Form' }).click()
  await expect(page.getByRole('region', { name: 'pack.json' }).getByRole('textbox', { name: /^Name/ })).toHaveValue('my-app')

  await uploadLogo(page)
  await expectDownloadAllowed(page)
  for (const button of ['Download .zip', 'Download .tar.gz (OCI)']) {
    const archive = await downloadArchive(page, button)
    const pack = await readPackArchive(archive.bytes, archive.name)
    expect(archive.name).toMatch(/^my-app-1\.0\.0\.(zip|tar\.gz)$/)
    expect([...pack.files.keys()].sort()).toEqual(['README.md', 'logo.png', 'manifests/my-app.yaml', 'pack.json', 'presets.yaml', 'schema.yaml', 'values.yaml'])
  }
})

test('offline, a chart pack renders: the render worker and its engine come from the precache', async ({ page, context }) => {
  test.setTimeout(RENDER_TEST_MS + 60_000)
  await page.goto('/')
  await waitForServiceWorkerControl(page)
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Create a Palette pack' })).toBeVisible()

  await openPackZip(page, 'web-pack-1.0.0.zip', await webChartPackZip('pack:\n  namespace: web\ncharts:\n  web:\n    replicaCount: 3\n'), 'Web Pack')
  await openRenderedView(page)
  const view = page.getByRole('region', { name: 'Rendered' })
  await expect(view.getByRole('status').first()).toContainText(/Rendered in/, { timeout: FIRST_RENDER_MS })
  const rendered = await renderedModelText(page, 'charts/web-1.0.0.tgz')
  expect(rendered).toContain('replicas: 3')
  expect(rendered).toContain('image: "ghcr.io/example/web:2.0.0"')
})

test.describe('a panel whose code cannot be downloaded', () => {
  // Without a service worker every chunk request reaches the network, where the test breaks it.
  test.use({ serviceWorkers: 'block' })

  test('a new pack says its code could not be downloaded; a panel shows the problem and Retry, and loads after Retry', async ({ page }) => {
    test.setTimeout(180_000)
    // The builder (its panels and the pack.json form, one chunk) and the editor, each broken until retried.
    const failing = { builder: true, editor: true }
    await page.route(/\/assets\/(builder|MonacoTextEditor)-[^/]*\.js$/, async (route) => {
      const part = route.request().url().includes('/builder-') ? 'builder' : 'editor'
      if (failing[part]) await route.abort('internetdisconnected')
      else await route.continue()
    })
    await page.goto('/')
    const main = page.getByRole('main')
    const alert = main.getByRole('alert')
    // Without the builder's code a new pack cannot start: the start page says why, and keeps no half draft.
    await page.getByRole('button', { name: /^New manifest add-on pack/i }).click()
    await expect(alert).toContainText('Could not start the Manifest add-on pack')
    await expect(alert).toContainText('could not be downloaded; check the connection')
    await expect(page.getByRole('list', { name: 'Drafts' }).getByRole('listitem')).toHaveCount(0)

    failing.builder = false
    await page.getByRole('button', { name: /^New manifest add-on pack/i }).click()
    await expect(page.getByRole('region', { name: 'pack.json' }).getByRole('textbox', { name: /^Name/ })).toHaveValue('my-app')
    await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^values\.yaml/ }).click()
    await expect(alert).toContainText('Could not load the editor.')

    failing.editor = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await page.waitForFunction(() => window.__packBuilderMonaco?.editor.getModel(window.__packBuilderMonaco.Uri.parse('file:///values.yaml')) != null)
  })
})
