import { expect, test } from '@playwright/test'
import { startManifestPack } from './support/start'

test('when the browser refuses to store the draft, the header says so instead of pretending it is saved', async ({ page }) => {
  await page.addInitScript(() => {
    // As in some private windows: IndexedDB exists but refuses to open.
    IDBFactory.prototype.open = () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError') }
  })
  await startManifestPack(page)
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved in this browser' })).toBeVisible()
})

test('a stored draft shows no warning', async ({ page }) => {
  await startManifestPack(page)
  await page.getByRole('textbox', { name: /^Display name/ }).first().fill('Stored')
  await expect(page.getByRole('banner')).toContainText('Stored')
  await expect(page.getByText('Not saved in this browser')).toHaveCount(0)
})
