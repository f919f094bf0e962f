import { expect, test } from '@playwright/test'
import { decodeText, readPackArchive } from '../src/core'
import { downloadArchive, expectDownloadAllowed, openStartPage } from './helpers'
import { openInEditor, waitForMarkers } from './support/monaco'
import { FIRST_RENDER_MS, RENDER_TEST_MS, isRenderEngineRequest, openPackZip, openRenderedView, renderedModelText, webChartPackZip } from './support/renderPacks'

const CHART = 'charts/web-1.0.0.tgz'
const PACK_VALUES = 'pack:\n  namespace: web\n  content:\n    images:\n      - image: ghcr.io/example/other:1.0.0\ncharts:\n  web:\n    replicaCount: 2\n'

test('the start page loads neither the render worker nor the engine; a rendered image missing from the list is added in one click and ships in the archive', async ({ page }) => {
  test.setTimeout(RENDER_TEST_MS)
  const engineRequests: string[] = []
  page.on('request', (request) => { if (isRenderEngineRequest(request.url())) engineRequests.push(request.url()) })
  await openStartPage(page)
  await page.waitForLoadState('networkidle')
  expect(engineRequests).toEqual([])
  expect(page.workers().map((worker) => worker.url()).filter(isRenderEngineRequest)).toEqual([])

  await openPackZip(page, 'web-pack-1.0.0.zip', await webChartPackZip(PACK_VALUES), 'Web Pack')
  await openRenderedView(page)
  const view = page.getByRole('region', { name: 'Rendered' })
  await expect(view.getByRole('status').first()).toContainText(/Rendered in \d+(\.\d)? s/, { timeout: FIRST_RENDER_MS })
  expect(engineRequests.some((url) => url.endsWith('.wasm'))).toBe(true)
  await expect(view.getByRole('button', { name: new RegExp(`^${CHART}`) })).toContainText('1 document')
  expect(await renderedModelText(page, CHART)).toContain('image: "ghcr.io/example/web:2.0.0"')

  await view.getByRole('tab', { name: /^Images/ }).click()
  const images = view.getByRole('table', { name: 'Images' })
  const missing = images.getByRole('row', { name: /ghcr\.io\/example\/web:2\.0\.0/ })
  await expect(missing).toContainText('rendered, not listed')
  await expect(missing).toContainText(`${CHART} › web/templates/deployment.yaml (document 1) › spec.template.spec.containers[0].image`)
  await expect(images.getByRole('row', { name: /ghcr\.io\/example\/other:1\.0\.0/ })).toContainText('listed, never rendered')
  // The same gap is a finding in the Problems panel, with the same edit as its fix.
  const problems = page.getByRole('region', { name: 'Problems' })
  await expect(problems.getByRole('button', { name: /rendered\/image-not-listed/ })).toContainText('ghcr.io/example/web:2.0.0')
  await expect(problems.getByRole('button', { name: 'Fix: Add ghcr.io/example/web:2.0.0 to pack.content.images' })).toBeVisible()

  await missing.getByRole('button', { name: 'Add ghcr.io/example/web:2.0.0 to pack.content.images' }).click()
  // Each edit renders the pack again (the engine is warm now).
  await expect(images.getByRole('row', { name: /ghcr\.io\/example\/web:2\.0\.0/ }).getByRole('button')).toHaveCount(0, { timeout: FIRST_RENDER_MS })
  await expect(images.getByRole('row', { name: /ghcr\.io\/example\/web:2\.0\.0/ })).toContainText('listed')
  await expect(problems.getByRole('button', { name: /rendered\/image-not-listed/ })).toHaveCount(0, { timeout: FIRST_RENDER_MS })

  // One click is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(images.getByRole('row', { name: /ghcr\.io\/example\/web:2\.0\.0/ })).toContainText('rendered, not listed', { timeout: FIRST_RENDER_MS })
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(images.getByRole('row', { name: /ghcr\.io\/example\/web:2\.0\.0/ })).not.toContainText('not listed', { timeout: FIRST_RENDER_MS })

  await expectDownloadAllowed(page)
  const archive = await downloadArchive(page, 'Download .zip')
  const pack = await readPackArchive(archive.bytes, archive.name)
  expect(decodeText(pack.files.get('values.yaml') ?? new Uint8Array())).toBe(
    'pack:\n  namespace: web\n  content:\n    images:\n      - image: ghcr.io/example/other:1.0.0\n      - image: ghcr.io/example/web:2.0.0\ncharts:\n  web:\n    replicaCount: 2\n',
  )
})

test('a chart that requires a value shows "input needed" until the value is set in values.yaml', async ({ page }) => {
  test.setTimeout(RENDER_TEST_MS)
  await openStartPage(page)
  const values = 'pack:\n  namespace: web\n  content:\n    images:\n      - image: ghcr.io/example/web:2.0.0\ncharts:\n  web:\n    replicaCount: 2\n'
  await openPackZip(page, 'web-pack-1.0.0.zip', await webChartPackZip(values, { requiresHost: true }), 'Web Pack')

  // Without opening the Rendered view, the render check runs after lint and reaches the Problems panel.
  const problems = page.getByRole('region', { name: 'Problems' })
  const inputNeeded = problems.getByRole('button', { name: /render\/input-needed/ })
  await expect(inputNeeded).toContainText('host is required: the public host name of the web app', { timeout: FIRST_RENDER_MS })

  await openRenderedView(page)
  const view = page.getByRole('region', { name: 'Rendered' })
  await expect(view.getByRole('button', { name: new RegExp(`^${CHART}`) })).toContainText('input needed')
  await expect(view.getByRole('list', { name: `Why ${CHART} did not render` })).toContainText('Input needed: web/templates/host.yaml:6:')

  await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^values\.yaml/ }).click()
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  await page.evaluate((text) => {
    const monaco = window.__packBuilderMonaco
    monaco?.editor.getModel(monaco.Uri.parse('file:///values.yaml'))?.setValue(text)
  }, `${values}    host: web.example.com\n`)
  await expect(inputNeeded).toHaveCount(0, { timeout: FIRST_RENDER_MS })
  await waitForMarkers(page, 'values.yaml', (markers) => markers.every((marker) => !marker.message.includes('host is required')))

  await openRenderedView(page)
  await expect(view.getByRole('button', { name: new RegExp(`^${CHART}`) })).toContainText('2 documents', { timeout: FIRST_RENDER_MS })
  expect(await renderedModelText(page, CHART)).toContain('host: "web.example.com"')
})
