import { expect, test } from '@playwright/test'
import { formField, startNewPack } from './helpers'
import { draftEntry, goToStartPage } from './support/drafts'

test.describe.configure({ timeout: 180_000 })

test('two tabs on one draft: the second is read-only until it takes over, and no edit of either tab is lost', async ({ context }) => {
  const first = await context.newPage()
  await startNewPack(first, 'manifest add-on pack')
  await formField(first, 'textbox', 'Display name').fill('Shared Draft')
  await expect(first.getByRole('banner')).toContainText('Shared Draft')

  const second = await context.newPage()
  await second.goto('/')
  await draftEntry(second, 'Shared Draft').getByRole('button', { name: 'Open' }).click()
  const secondBanner = second.getByRole('alert').filter({ hasText: 'Read-only' })
  await expect(secondBanner).toContainText('being edited in another tab')

  // The read-only tab follows the editing tab's saved edits.
  await formField(first, 'textbox', 'Version').fill('1.1.0')
  await expect(second.getByRole('banner')).toContainText('v1.1.0')

  await secondBanner.getByRole('button', { name: 'Take over' }).click()
  await expect(secondBanner).toBeHidden()
  await expect(first.getByRole('alert').filter({ hasText: 'Read-only' })).toContainText('Another tab took over')
  // Taking over starts from the first tab's last edit, not from what the second tab had loaded.
  await expect(formField(second, 'textbox', 'Version')).toHaveValue('1.1.0')
  await formField(second, 'textbox', 'Name').fill('shared-app')
  await expect(first.getByRole('banner')).toContainText('shared-app')

  // The first tab cannot type over it meanwhile: its workspace takes no input.
  await expect(first.locator('.app__main')).toHaveAttribute('inert', '')
  await expect(first.locator('.app__files')).toHaveAttribute('inert', '')

  await first.reload()
  await expect(first.getByRole('alert').filter({ hasText: 'Read-only' })).toBeVisible()
  await second.close()
  await first.getByRole('alert').filter({ hasText: 'Read-only' }).getByRole('button', { name: 'Take over' }).click()
  await expect(first.getByRole('alert').filter({ hasText: 'Read-only' })).toBeHidden()
  await formField(first, 'combobox', 'Add-on type').selectOption('monitoring')
  await expect(first.getByRole('banner')).toContainText('shared-app')
  // Every edit of both tabs is in the stored draft.
  await first.reload()
  await expect(formField(first, 'textbox', 'Display name')).toHaveValue('Shared Draft')
  await expect(formField(first, 'textbox', 'Version')).toHaveValue('1.1.0')
  await expect(formField(first, 'textbox', 'Name')).toHaveValue('shared-app')
  await expect(formField(first, 'combobox', 'Add-on type').locator('option:checked')).toHaveText('monitoring')
  await goToStartPage(first)
  await expect(first.getByRole('list', { name: 'Drafts' }).getByRole('listitem')).toHaveCount(1)
})
