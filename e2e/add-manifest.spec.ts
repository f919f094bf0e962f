import { expect, test } from '@playwright/test'
import { modelText, openInEditor } from './support/monaco'
import { startManifestPack } from './support/start'

test('adding a manifest validates the name and lists the new file', async ({ page }) => {
  await startManifestPack(page)
  await page.getByRole('button', { name: 'Add manifest' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a manifest' })
  await dialog.getByRole('textbox').fill('my-app')
  await dialog.getByRole('button', { name: 'Add manifest' }).click()
  await expect(dialog.getByRole('alert')).toContainText('already exists')
  await dialog.getByRole('textbox').fill('worker')
  await dialog.getByRole('button', { name: 'Add manifest' }).click()
  await expect(page.getByRole('treeitem', { name: /^worker\.yaml/ })).toHaveAttribute('aria-selected', 'true')
  await page.waitForFunction(() => window.__packBuilderMonaco?.editor.getModel(window.__packBuilderMonaco.Uri.parse('file:///manifests/worker.yaml')) != null)
  expect(await modelText(page, 'manifests/worker.yaml')).toContain('kind: Deployment')
  await openInEditor(page, /^pack\.json/, 'pack.json')
  expect(JSON.parse(await modelText(page, 'pack.json'))).toMatchObject({ kubeManifests: ['manifests/my-app.yaml', 'manifests/worker.yaml'] })
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  expect(await modelText(page, 'values.yaml')).toContain('  worker:\n    image: "docker.io/library/nginx:1.27"\n    replicas: 1\n    port: 80\n')
})
