import { expect, test } from '@playwright/test'
import { VALID_PRESETS } from '../src/core/testing/presetsFixtures'
import { openStartPage } from './helpers'
import { validPackFiles, zipOfFolders } from './support/packArchives'
import { FIRST_RENDER_MS, RENDER_TEST_MS, openPackZip, openRenderedView, renderedModelText } from './support/renderPacks'

const MANIFEST = 'manifests/hello-app.yaml'

test('a preset chosen in the Rendered view is applied to the rendered output, never to the pack', async ({ page }) => {
  test.setTimeout(RENDER_TEST_MS)
  await openStartPage(page)
  await openPackZip(page, 'preset-app-1.0.0.zip', zipOfFolders({ 'preset-app-1.0.0': validPackFiles('preset-app', { 'presets.yaml': VALID_PRESETS }) }), 'preset-app')
  await openRenderedView(page)
  const view = page.getByRole('region', { name: 'Rendered' })
  await expect(view.getByRole('button', { name: new RegExp(`^${MANIFEST}`) })).toContainText('1 document', { timeout: FIRST_RENDER_MS })
  await expect.poll(() => renderedModelText(page, MANIFEST), { timeout: FIRST_RENDER_MS }).toContain('\n  replicas: 1\n')

  await view.getByRole('combobox', { name: 'Preset Replicas' }).selectOption({ label: 'Two replicas' })
  await expect.poll(() => renderedModelText(page, MANIFEST), { timeout: FIRST_RENDER_MS }).toContain('\n  replicas: 2\n')
  await view.getByRole('combobox', { name: 'Kubernetes version' }).selectOption('1.30')
  await expect(view.getByRole('status').first()).toContainText(/Rendered in/, { timeout: FIRST_RENDER_MS })
  expect(await renderedModelText(page, MANIFEST)).toContain('\n  replicas: 2\n')
  // View settings are not pack files: nothing changed in the draft.
  await expect(page.getByRole('button', { name: 'Review changes (0)' })).toBeVisible()
})
