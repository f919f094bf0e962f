import { expect, test } from '@playwright/test'
import { modelText, openInEditor } from './support/monaco'
import { startManifestPack } from './support/start'

test('renaming a manifest updates pack.json kubeManifests and the values.yaml key', async ({ page }) => {
  await startManifestPack(page)
  const tree = page.getByRole('tree', { name: 'Pack files' })
  await tree.getByRole('treeitem', { name: /^my-app\.yaml/ }).click()
  await page.getByRole('button', { name: 'Rename manifest…' }).click()

  const dialog = page.getByRole('dialog', { name: 'Rename manifests/my-app.yaml' })
  const name = dialog.getByLabel('New manifest name')
  await name.fill('Front_End')
  await expect(dialog.getByRole('alert')).toContainText('lower-case')
  await name.fill('frontend')
  await dialog.getByRole('button', { name: 'Rename' }).click()
  await expect(dialog).toBeHidden()

  await expect(tree.getByRole('treeitem', { name: /^frontend\.yaml/ })).toHaveAttribute('aria-selected', 'true')
  await expect(tree.getByRole('treeitem', { name: /^my-app\.yaml/ })).toHaveCount(0)

  await openInEditor(page, /^pack\.json/, 'pack.json')
  expect(JSON.parse(await modelText(page, 'pack.json'))).toMatchObject({ kubeManifests: ['manifests/frontend.yaml'] })
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  const values = await modelText(page, 'values.yaml')
  expect(values).toContain('manifests:\n  frontend:\n    image: ')
  expect(values).not.toContain('  my-app:')
  // Everything else, comments included, stays as it was.
  expect(values).toContain('# Values of each manifest go under manifests.<file name without .yaml>')
})
