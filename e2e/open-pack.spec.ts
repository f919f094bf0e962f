import { expect, test } from '@playwright/test'
import { strToU8, zipSync } from 'fflate'

test('opening a broken archive names the file and the problem; opening a pack zip loads it as a new draft, and the first draft is still there', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /^New manifest add-on pack/i }).click()
  await expect(page.getByRole('banner')).toContainText('v1.0.0')
  await expect(page.getByRole('radio', { name: 'Author' })).toBeChecked()

  await page.getByLabel('Pack archive to open').setInputFiles({ name: 'broken.zip', mimeType: 'application/zip', buffer: Buffer.from('not an archive') })
  const alert = page.getByRole('alert').filter({ hasText: 'Could not open broken.zip' })
  await expect(alert).toBeVisible()
  await alert.getByRole('button', { name: 'Dismiss' }).click()
  await expect(alert).toBeHidden()

  const packJson = JSON.stringify({ name: 'opened-pack', displayName: 'Opened Pack', version: '3.1.4', layer: 'addon', addonType: 'logging', cloudTypes: ['all'] }, null, 2)
  const zip = zipSync({ 'opened-pack-3.1.4/pack.json': strToU8(packJson), 'opened-pack-3.1.4/values.yaml': strToU8('pack:\n  namespace: "logs"\n') })
  await page.getByLabel('Pack archive to open').setInputFiles({ name: 'opened-pack-3.1.4.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) })
  await expect(page.getByRole('banner')).toContainText('Opened Pack')
  await expect(page.getByRole('banner')).toContainText('v3.1.4')
  await expect(page.getByRole('region', { name: 'pack.json' }).getByRole('textbox', { name: /^Name/ })).toHaveValue('opened-pack')
  // An existing pack is checked as Palette accepts it; a new one is held to the strict author rules.
  await expect(page.getByRole('radio', { name: 'Import' })).toBeChecked()

  // Opening never replaces a draft: the new pack is a draft of its own, and undo has nothing to undo.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
  await page.reload()
  await expect(page.getByRole('banner')).toContainText('Opened Pack')
  await expect(page.getByRole('radio', { name: 'Import' })).toBeChecked()

  await page.getByRole('button', { name: /^Drafts/ }).click()
  await page.getByRole('list', { name: 'Drafts' }).getByRole('button', { name: /My App/ }).click()
  await expect(page.getByRole('banner')).toContainText('v1.0.0')
  await expect(page.getByRole('radio', { name: 'Author' })).toBeChecked()
})
