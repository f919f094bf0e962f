import { expect, test } from '@playwright/test'
import { downloadArchive, expectDownloadAllowed, formField, startNewPack, uploadLogo } from './helpers'

test('an addon pack without addonType shows the problem, jumps to the field, blocks the download until fixed', async ({ page }) => {
  await startNewPack(page, 'manifest add-on pack')

  await formField(page, 'combobox', 'Layer').selectOption('addon')
  await formField(page, 'combobox', 'Add-on type').selectOption('')

  const problems = page.getByRole('region', { name: 'Problems' })
  const problem = problems.getByRole('button', { name: /pack-json\/addon-type-required/ })
  await expect(problem).toContainText('This add-on pack has no "addonType". Set "addonType", for example "system app" or "monitoring"; Palette uses it to group the pack.')
  await expect(problem).toContainText(/pack-json\/addon-type-requiredpack\.json:5$/)

  await expect(page.getByRole('button', { name: 'Download .zip' })).toBeDisabled()
  await page.getByRole('button', { name: /Blocked: \d+ errors? to fix/ }).click()
  // The logo is still missing too; the addonType problem is one of the two.
  const blocking = page.getByRole('region', { name: 'Problems blocking the download' }).getByRole('button')
  await expect(blocking).toHaveCount(2)
  await expect(blocking.filter({ hasText: 'This add-on pack has no "addonType".' })).toHaveCount(1)

  await problem.click()
  // The problem lands on the field it is about.
  await expect(page.locator(':focus')).toHaveAttribute('id', 'root_addonType')
  await expect(page.getByRole('region', { name: 'pack.json' }).getByText(/addonType/).first()).toBeVisible()
  const addonType = formField(page, 'combobox', 'Add-on type')

  await addonType.selectOption('security')
  await expect(problem).toHaveCount(0)
  await uploadLogo(page)
  await expectDownloadAllowed(page)
  const archive = await downloadArchive(page, 'Download .zip')
  expect(archive.name).toMatch(/\.zip$/)
})
