import { expect, test } from '@playwright/test'
import { formField, startNewPack } from './helpers'

test('the push instructions use the pack name and version for OCI, ECR and the legacy registry', async ({ page }) => {
  await startNewPack(page, 'manifest add-on pack')
  await formField(page, 'textbox', 'Name').fill('hello-app')
  await formField(page, 'textbox', 'Version').fill('2.0.1')

  await page.getByRole('button', { name: 'Push instructions' }).click()
  const dialog = page.getByRole('dialog', { name: 'Push the pack to a registry' })
  await dialog.getByRole('radio', { name: /basic auth/ }).check()
  await dialog.getByRole('textbox', { name: 'Registry host' }).fill('harbor.example.com')
  await dialog.getByRole('textbox', { name: /Base content path/ }).fill('packs')
  await expect(dialog.getByText('oras push harbor.example.com/packs/spectro-packs/archive/hello-app:2.0.1 hello-app-2.0.1.tar.gz', { exact: true })).toBeVisible()
  await expect(dialog.getByText('oras push harbor.example.com/packs/spectro-packs/archive', { exact: true })).toBeVisible()

  await dialog.getByRole('radio', { name: /AWS ECR/ }).check()
  await dialog.getByRole('textbox', { name: 'AWS account id' }).fill('123456789012')
  await dialog.getByRole('textbox', { name: 'AWS region' }).fill('eu-west-1')
  await dialog.getByRole('textbox', { name: /Repository prefix/ }).fill('packs')
  await expect(dialog.getByText('aws ecr create-repository --repository-name packs/spectro-packs/archive/hello-app --region eu-west-1', { exact: true })).toBeVisible()
  await expect(dialog.getByText('oras push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/packs/spectro-packs/archive/hello-app:2.0.1 hello-app-2.0.1.tar.gz', { exact: true })).toBeVisible()

  await dialog.getByRole('radio', { name: /Legacy Spectro/ }).check()
  await dialog.getByRole('textbox', { name: 'Registry host' }).fill('registry.example.com:443')
  await expect(dialog.getByText('spectro pack push hello-app-2.0.1 --registry-server registry.example.com:443', { exact: true })).toBeVisible()
  await dialog.getByRole('checkbox', { name: /Self-signed certificate/ }).check()
  await expect(dialog.getByText('spectro registry login --insecure registry.example.com:443', { exact: true })).toBeVisible()

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await dialog.getByRole('button', { name: /^Copy: Unzip/ }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('spectro pack push hello-app-2.0.1 --registry-server registry.example.com:443')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})

test('a malformed registry field is flagged, and its value cannot break out of the command', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /^New manifest add-on pack/i }).click()
  await page.getByRole('button', { name: 'Push instructions' }).click()
  const dialog = page.getByRole('dialog', { name: 'Push the pack to a registry' })
  await dialog.getByRole('radio', { name: /Legacy Spectro registry/ }).check()
  const host = dialog.getByRole('textbox', { name: 'Registry host' })
  await host.fill('packs.example.com; rm -rf ~')
  await expect(host).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByText('A host name, with a port if needed')).toBeVisible()
  await expect(dialog.getByText("spectro registry login 'packs.example.com; rm -rf ~'", { exact: true })).toBeVisible()
})
