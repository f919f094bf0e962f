import { expect, test } from '@playwright/test'
import { modelText, openInEditor } from './support/monaco'

test('deleting a manifest asks first and can remove its values key too', async ({ page }) => {
  await page.goto('/')
  const tree = page.getByRole('tree', { name: 'Pack files' })
  await tree.getByRole('treeitem', { name: /^web\.yaml/ }).click()
  await page.getByRole('button', { name: 'Delete manifests/web.yaml…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete manifests/web.yaml?' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(tree.getByRole('treeitem', { name: /^web\.yaml/ })).toHaveCount(1)

  await page.getByRole('button', { name: 'Delete manifests/web.yaml…' }).click()
  await expect(dialog.getByRole('checkbox', { name: /Also remove manifests\.web/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(tree.getByRole('treeitem', { name: /^web\.yaml/ })).toHaveCount(0)

  await openInEditor(page, /^pack\.json/, 'pack.json')
  expect(JSON.parse(await modelText(page, 'pack.json'))).toMatchObject({ kubeManifests: [] })
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  expect(await modelText(page, 'values.yaml')).not.toContain('web')
})
