import { expect, test } from '@playwright/test'
import { formField, startNewPack } from './helpers'

test('a full storage (quota exceeded) is reported, the draft stays editable, and it is stored once there is room again', async ({ page }) => {
  // IndexedDB refuses every write while the flag is on, as a browser whose site storage is full does.
  await page.addInitScript(() => {
    const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')?.value as (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) => IDBRequest<IDBValidKey>
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (sessionStorage.getItem('storage-full') === 'on') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    }
  })
  await startNewPack(page, 'manifest add-on pack')
  await formField(page, 'textbox', 'Display name').fill('Roomy')
  await expect(page.getByRole('banner')).toContainText('Roomy')

  await page.evaluate(() => { sessionStorage.setItem('storage-full', 'on') })
  await formField(page, 'textbox', 'Version').fill('2.0.0')
  const warning = page.getByRole('alert').filter({ hasText: 'quota exceeded' })
  await expect(warning).toContainText('Not saved in this browser')
  await expect(warning.getByRole('button', { name: 'Download this draft' })).toBeVisible()
  // The edit made while storage was full is still in the pack.
  await expect(page.getByRole('banner')).toContainText('v2.0.0')
  await formField(page, 'textbox', 'Display name').fill('Roomy Later')
  await expect(page.getByRole('banner')).toContainText('Roomy Later')

  // Room again: the next change stores the draft, every edit included, and the warning goes.
  await page.evaluate(() => { sessionStorage.removeItem('storage-full') })
  // Edits less than a second apart are one undo step (typing); this one must be a step of its own.
  await page.waitForTimeout(1100)
  await formField(page, 'textbox', 'Version').fill('2.0.1')
  await expect(warning).toBeHidden()
  await page.reload()
  await expect(page.getByRole('banner')).toContainText('Roomy Later')
  await expect(page.getByRole('banner')).toContainText('v2.0.1')
  await expect(formField(page, 'textbox', 'Display name')).toHaveValue('Roomy Later')
  await expect(formField(page, 'textbox', 'Version')).toHaveValue('2.0.1')
  // The versions made while storage was full were stored too: the undo history reaches them.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(formField(page, 'textbox', 'Version')).toHaveValue('2.0.0')
  await expect(formField(page, 'textbox', 'Display name')).toHaveValue('Roomy Later')
})
