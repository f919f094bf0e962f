import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import { openStartPage } from '../helpers'

/** Opens the app and starts a new manifest add-on pack (the core's starter: manifest `my-app`). */
export async function startManifestPack(page: Page): Promise<void> {
  await openStartPage(page)
  await page.getByRole('button', { name: /^New manifest add-on pack/i }).click()
  await expect(page.getByRole('tree', { name: 'Pack files' })).toBeVisible()
}
