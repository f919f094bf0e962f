import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import { readPackArchive } from '../../src/core'
import { downloadArchive, expectDownloadAllowed } from '../helpers'

/** Goes back to the start page through the header's Drafts menu. */
export async function goToStartPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Drafts/ }).click()
  await page.getByRole('button', { name: 'All drafts (start page)' }).click()
  await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible()
}

/** The start page's entry of a draft, by the title it is listed under. */
export function draftEntry(page: Page, title: string) {
  return page.getByRole('list', { name: 'Drafts' }).getByRole('listitem', { name: title, exact: true })
}

/** Downloads the open pack as .zip and returns its files, path -> bytes, as the core reads them back. */
export async function downloadedFiles(page: Page): Promise<Map<string, Uint8Array>> {
  await expectDownloadAllowed(page)
  const archive = await downloadArchive(page, 'Download .zip')
  const pack = await readPackArchive(archive.bytes, archive.name)
  return new Map(pack.files)
}

/** The file tree's selected file. */
export function selectedTreeItem(page: Page) {
  return page.getByRole('tree', { name: 'Pack files' }).locator('[role="treeitem"][aria-selected="true"]')
}
