import { expect, test } from '@playwright/test'
import { modelText, openInEditor } from './support/monaco'

test('renaming a manifest updates pack.json kubeManifests and the values.yaml key', async ({ page }) => {
  await page.goto('/')
  const tree = page.getByRole('tree', { name: 'Pack files' })
  await tree.getByRole('treeitem', { name: /^web\.yaml/ }).click()
  await page.getByRole('button', { name: 'Rename manifest…' }).click()

  const dialog = page.getByRole('dialog', { name: 'Rename manifests/web.yaml' })
  const name = dialog.getByLabel('New manifest name')
  await name.fill('Front_End')
  await expect(dialog.getByRole('alert')).toContainText('lower-case')
  await name.fill('frontend')
  await dialog.getByRole('button', { name: 'Rename' }).click()
  await expect(dialog).toBeHidden()

  await expect(tree.getByRole('treeitem', { name: /^frontend\.yaml/ })).toHaveAttribute('aria-selected', 'true')
  await expect(tree.getByRole('treeitem', { name: /^web\.yaml/ })).toHaveCount(0)

  await openInEditor(page, /^pack\.json/, 'pack.json')
  expect(JSON.parse(await modelText(page, 'pack.json'))).toMatchObject({ kubeManifests: ['manifests/frontend.yaml'] })
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  const values = await modelText(page, 'values.yaml')
  expect(values).toContain('manifests:\n  frontend: # the web front end\n    replicas: 2\n')
  expect(values).not.toContain('web:')
})
