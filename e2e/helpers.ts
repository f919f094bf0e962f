import { readFile } from 'node:fs/promises'
import { expect } from '@playwright/test'
import type { Download, Page } from '@playwright/test'
import { TINY_PNG } from '../src/core/testing/packFixtures'

/**
 * Opens the start page and starts a pack there: a new draft, beside any drafts already stored. A tab
 * that had a draft open comes back to it on load, so this goes through the header's Drafts menu then.
 */
export async function openStartPage(page: Page): Promise<void> {
  await page.goto('/')
  const startPage = page.getByRole('heading', { name: 'Create a Palette pack' })
  await expect(startPage.or(page.getByRole('tree', { name: 'Pack files' }))).toBeVisible()
  if (!(await startPage.isVisible())) {
    await page.getByRole('button', { name: /^Drafts/ }).click()
    await page.getByRole('button', { name: 'All drafts (start page)' }).click()
  }
  await expect(startPage).toBeVisible()
}

/** Starts a new pack of a kind from the start page. */
export async function startNewPack(page: Page, kind: 'manifest add-on pack' | 'helm chart add-on pack' | 'os pack'): Promise<void> {
  await openStartPage(page)
  await page.getByRole('button', { name: new RegExp(`^New ${kind}`, 'i') }).click()
  await expect(page.getByRole('textbox', { name: /^Name/ })).toBeVisible()
}

/** The pack.json form's field with a given label (required labels end with "*"). */
export function formField(page: Page, role: 'textbox' | 'combobox' | 'checkbox', label: string) {
  return page.getByRole('region', { name: 'pack.json' }).getByRole(role, { name: new RegExp(`^${label}\\*?$`) })
}

/** Uploads a small PNG as logo.png through the logo panel (opened from the header's logo button). */
export async function uploadLogo(page: Page): Promise<Uint8Array> {
  await page.getByRole('button', { name: 'Add a logo' }).click()
  await page.getByLabel('Logo image').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(TINY_PNG) })
  await expect(page.getByRole('button', { name: 'Change the logo' })).toBeVisible()
  return TINY_PNG
}

/** Waits until the download buttons are enabled (the checks have run and found no error). */
export async function expectDownloadAllowed(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Download .zip' })).toBeEnabled()
}

/** Clicks a download button and returns the file's name and bytes. */
export async function downloadArchive(page: Page, buttonName: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()])
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) }
}

async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(await readFile(await download.path()))
}
