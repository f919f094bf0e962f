import { expect, test } from '@playwright/test'
import { decodeText, parseJsonView } from '../src/core'
import { readPackArchive, starterPackFiles } from '../src/ui/pendingCore'
import { downloadArchive, expectDownloadAllowed, formField, startNewPack, uploadLogo } from './helpers'

test('create a manifest add-on pack from an empty page, fill the form and download a zip the core reads back', async ({ page }) => {
  await startNewPack(page, 'manifest add-on pack')

  await formField(page, 'textbox', 'Name').fill('hello-app')
  await formField(page, 'textbox', 'Display name').fill('Hello App')
  await formField(page, 'textbox', 'Version').fill('1.2.0')
  await formField(page, 'combobox', 'Add-on type').selectOption('monitoring')
  await formField(page, 'checkbox', 'aws').check()
  await formField(page, 'textbox', 'End of life').fill('2030-12-31')
  await expect(page.getByRole('banner')).toContainText('Hello App')
  const logo = await uploadLogo(page)

  await expectDownloadAllowed(page)
  const archive = await downloadArchive(page, 'Download .zip')
  expect(archive.name).toBe('hello-app-1.2.0.zip')

  const pack = await readPackArchive(archive.bytes, archive.name)
  const starter = starterPackFiles('manifest')
  expect([...pack.files.keys()].sort()).toEqual([...Object.keys(starter), 'logo.png'].sort())
  const starterPackJson = parseJsonView(new TextEncoder().encode(starter['pack.json'])).value as Record<string, unknown>
  const packJsonBytes = pack.files.get('pack.json')
  expect(packJsonBytes).toBeDefined()
  expect(parseJsonView(packJsonBytes!).value).toEqual({
    ...starterPackJson,
    name: 'hello-app',
    displayName: 'Hello App',
    version: '1.2.0',
    addonType: 'monitoring',
    cloudTypes: [...(starterPackJson.cloudTypes as string[]), 'aws'],
    eol: '2030-12-31',
  })
  for (const [path, text] of Object.entries(starter)) {
    if (path !== 'pack.json') expect(decodeText(pack.files.get(path)!), path).toBe(text)
  }
  expect(pack.files.get('logo.png')).toEqual(logo)

  await page.getByRole('treeitem', { name: /^pack\.json/ }).click()
  await expect(formField(page, 'textbox', 'Name')).toHaveValue('hello-app')
  await page.screenshot({ path: 'docs/screenshot.png' })
})
