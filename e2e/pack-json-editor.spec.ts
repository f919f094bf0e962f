import { expect, test } from '@playwright/test'
import { openInEditor, waitForMarkers } from './support/monaco'
import { startManifestPack } from './support/start'

test('pack.json is checked against the pack.json schema in the JSON editor', async ({ page }) => {
  await startManifestPack(page)
  await openInEditor(page, /^pack\.json/, 'pack.json')
  await page.evaluate(() => {
    const monaco = window.__packBuilderMonaco
    monaco?.editor.getModel(monaco.Uri.parse('file:///pack.json'))?.setValue('{\n  "name": "demo",\n  "layer": "bogus"\n}\n')
  })
  const markers = await waitForMarkers(page, 'pack.json', (all) => all.some((marker) => marker.owner === 'json' && marker.line === 3))
  // The JSON language service names the accepted layers.
  expect(markers.filter((marker) => marker.owner === 'json' && marker.line === 3).map((marker) => marker.message)).toContainEqual(expect.stringContaining('"addon"'))
})

test('the editor follows the dark colour scheme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' })
  const page = await context.newPage()
  await startManifestPack(page)
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  await expect(page.locator('.monaco-editor.vs-dark')).toHaveCount(1)
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('.monaco-editor.vs')).toHaveCount(1)
  await context.close()
})
