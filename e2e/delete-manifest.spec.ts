import { expect, test } from '@playwright/test'
import { modelText, openInEditor } from './support/monaco'
import { startManifestPack } from './support/start'

test('deleting a manifest asks first and can remove its values key too', async ({ page }) => {
  await startManifestPack(page)
  const tree = page.getByRole('tree', { name: 'Pack files' })
  await tree.getByRole('treeitem', { name: /^my-app\.yaml/ }).click()
  await page.getByRole('button', { name: 'Delete manifests/my-app.yaml…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete manifests/my-app.yaml?' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(tree.getByRole('treeitem', { name: /^my-app\.yaml/ })).toHaveCount(1)

  await page.getByRole('button', { name: 'Delete manifests/my-app.yaml…' }).click()
  await expect(dialog.getByRole('checkbox', { name: /Also remove manifests\.my-app/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(tree.getByRole('treeitem', { name: /^my-app\.yaml/ })).toHaveCount(0)

  await openInEditor(page, /^pack\.json/, 'pack.json')
  expect(JSON.parse(await modelText(page, 'pack.json'))).toMatchObject({ kubeManifests: [] })
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  expect(await modelText(page, 'values.yaml')).not.toContain('  my-app:')
})
