import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { expectDownloadAllowed, formField, startNewPack } from './helpers'
import { validPackFiles } from './support/packArchives'

/**
 * Drags files or folders from "the desktop" onto a point of the page, as the operating system would:
 * Chromium's DevTools protocol turns the paths into real dropped items, folders included.
 */
async function dropPaths(page: Page, paths: readonly string[], x: number, y: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const data = { items: [], files: [...paths], dragOperationsMask: 1 }
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, x, y, data })
  await cdp.detach()
}

test('a folder opened by drag and drop opens as a pack', async ({ page }, testInfo) => {
  const folder = testInfo.outputPath('dropped-folder-pack')
  for (const [path, bytes] of Object.entries(validPackFiles('dropped-folder-pack'))) {
    await mkdir(dirname(join(folder, path)), { recursive: true })
    await writeFile(join(folder, path), bytes)
  }
  await page.goto('/')
  const box = await page.getByRole('heading', { name: 'Create a Palette pack' }).boundingBox()
  if (!box) throw new Error('the start page has no heading box')
  await dropPaths(page, [folder], box.x + box.width / 2, box.y + box.height / 2)

  await expect(page.getByRole('banner')).toContainText('dropped-folder-pack')
  await expect(page.getByRole('status').filter({ hasText: 'Opened dropped-folder-pack.' })).toBeVisible()
  await expect(page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^hello-app\.yaml/ })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Import' })).toBeChecked()
  await expectDownloadAllowed(page)
})

test('clearing the site data while the app is open is reported, and the open draft is stored again', async ({ page, baseURL }) => {
  await startNewPack(page, 'manifest add-on pack')
  await formField(page, 'textbox', 'Display name').fill('Cleared Away')
  await expect(page.getByRole('banner')).toContainText('Cleared Away')

  // What "Clear site data" in the browser's settings does to IndexedDB under an open page.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL ?? '').origin, storageTypes: 'indexeddb' })
  await cdp.detach()
  const alert = page.getByRole('alert').filter({ hasText: 'were deleted while Pack Builder was open' })
  await expect(alert).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Download this draft' })).toBeVisible()

  await formField(page, 'textbox', 'Version').fill('3.0.0')
  await expect(page.getByRole('banner')).toContainText('v3.0.0')
  await page.reload()
  await expect(page.getByRole('banner')).toContainText('Cleared Away')
  await expect(page.getByRole('banner')).toContainText('v3.0.0')
})
