import { expect, test } from '@playwright/test'
import { modelText, openInEditor, placeCursorAtLineEnd } from './support/monaco'
import { startManifestPack } from './support/start'

test('a change made outside the editor (undo in the header) reaches the open editor', async ({ page }) => {
  await startManifestPack(page)
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  const before = await modelText(page, 'values.yaml')
  await placeCursorAtLineEnd(page, 1)
  // One input, so one edit: typed key by key, a slow machine could split it into two undo steps.
  await page.keyboard.insertText(' typed')
  await expect.poll(() => modelText(page, 'values.yaml')).toContain(' typed\n')

  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect.poll(() => modelText(page, 'values.yaml')).toBe(before)
})
