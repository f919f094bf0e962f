import { expect, test } from '@playwright/test'
import { openStartPage } from './helpers'
import { openInEditor, waitForMarkers } from './support/monaco'
import { FIRST_RENDER_MS, RENDER_TEST_MS, openPackZip, openRenderedView, renderedModelText, waitForRenderedMarkers, webChartPackZip } from './support/renderPacks'

const CHART = 'charts/web-1.0.0.tgz'
const WARNING = 4
const ERROR = 8
const PACK_SECTION = 'pack:\n  namespace: web\n  content:\n    images:\n      - image: ghcr.io/example/web:2.0.0\n'

test('chart overrides under the wrong key are reported and the output shows the chart default; a value the chart schema refuses is marked in values.yaml and in the output', async ({ page }) => {
  test.setTimeout(RENDER_TEST_MS)
  await openStartPage(page)
  // replicaCount sits one level too deep (charts.web.web), so Helm ignores it.
  await openPackZip(page, 'web-pack-1.0.0.zip', await webChartPackZip(`${PACK_SECTION}charts:\n  web:\n    web:\n      replicaCount: 3\n`, { withSchema: true }), 'Web Pack')

  const problems = page.getByRole('region', { name: 'Problems' })
  await expect(problems.getByRole('button', { name: /pack-values\/unknown-chart-key/ })).toContainText('The chart web has no top-level key `web`, so Helm ignores `charts.web.web`.')
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  await waitForMarkers(page, 'values.yaml', (markers) => markers.some((marker) => marker.severity === WARNING && marker.line === 8 && marker.message.startsWith('The chart web has no top-level key `web`')))

  await openRenderedView(page)
  const view = page.getByRole('region', { name: 'Rendered' })
  await expect(view.getByRole('button', { name: new RegExp(`^${CHART}`) })).toContainText('1 document', { timeout: FIRST_RENDER_MS })
  expect(await renderedModelText(page, CHART)).toContain('\n  replicas: 1\n')

  await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^values\.yaml/ }).click()
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  await page.evaluate((text) => {
    const monaco = window.__packBuilderMonaco
    monaco?.editor.getModel(monaco.Uri.parse('file:///values.yaml'))?.setValue(text)
  }, `${PACK_SECTION}charts:\n  web:\n    replicaCount: "two"\n`)
  await expect(problems.getByRole('button', { name: /pack-values\/chart-values-schema/ })).toContainText('`charts.web.replicaCount`: Instance type "string" is invalid. Expected "integer".')
  await waitForMarkers(page, 'values.yaml', (markers) => markers.some((marker) => marker.line === 8 && marker.message.includes('values.schema.json in charts/web-1.0.0.tgz')))
  const schemaError = problems.getByRole('button', { name: /rendered\/schema/ })
  await expect(schemaError).toContainText('web/templates/deployment.yaml (document 1, line 6) `spec.replicas`: must be of type integer', { timeout: FIRST_RENDER_MS })

  // The finding has no line in the chart archive: a click shows it in the Rendered view, at the document's line.
  await schemaError.click()
  await expect(view.getByRole('button', { name: new RegExp(`^${CHART}`) })).toHaveAttribute('aria-current', 'true', { timeout: FIRST_RENDER_MS })
  await expect.poll(() => page.evaluate((path) => {
    const editor = window.__packBuilderMonaco?.editor.getEditors().find((candidate) => candidate.getModel()?.uri.scheme === 'rendered' && candidate.getModel()?.uri.path === path)
    return editor?.getPosition()?.lineNumber
  }, `/${CHART}`), { timeout: FIRST_RENDER_MS }).toBe(8)
  const markers = await waitForRenderedMarkers(page, CHART, (all) => all.some((marker) => marker.severity === ERROR && marker.line === 8))
  expect(markers.find((marker) => marker.line === 8)?.message).toMatch(/`spec\.replicas`: must be of type integer/)
  expect((await renderedModelText(page, CHART)).split('\n')[7]).toBe('  replicas: two')
})
