import { expect, test } from '@playwright/test'
import { expectDownloadAllowed, formField, startNewPack, uploadLogo } from './helpers'

test('the download is blocked by exactly one error, and while the checks of an edit are still running', async ({ page }) => {
  // The linter waits for a pause in typing (a timer) before it checks; a controlled clock holds it there.
  await page.clock.install()
  await startNewPack(page, 'manifest add-on pack')
  await uploadLogo(page)
  await expectDownloadAllowed(page)
  const download = page.getByRole('button', { name: 'Download .zip' })

  await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^pack\.json/ }).click()
  const addonType = formField(page, 'combobox', 'Add-on type')
  await expect(addonType.locator('option:checked')).toHaveText('app services')

  await page.clock.pauseAt(Date.now() + 60_000)
  await addonType.selectOption('')
  // The edit is not checked yet: the download waits for the checks rather than offering the old answer.
  await expect(download).toBeDisabled()
  await expect(page.locator('.download__reason--pending')).toHaveText('Checking…')
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('checking…')

  await page.clock.resume()
  const reason = page.getByRole('button', { name: 'Blocked: 1 error to fix ▾' })
  await expect(reason).toBeVisible()
  await expect(download).toBeDisabled()
  await reason.click()
  const blocking = page.getByRole('region', { name: 'Problems blocking the download' }).getByRole('button')
  await expect(blocking).toHaveCount(1)
  await expect(blocking).toContainText('This add-on pack has no "addonType".')
  await expect(blocking).toContainText('pack-json/addon-type-required')

  await addonType.selectOption('security')
  await expectDownloadAllowed(page)
  await expect(page.getByRole('button', { name: /^Blocked:/ })).toHaveCount(0)
})
