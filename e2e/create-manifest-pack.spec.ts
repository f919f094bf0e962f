import { expect, test } from '@playwright/test'
import { decodeText, lintPack, readPackArchive, starterPackFiles } from '../src/core'
import { downloadArchive, expectDownloadAllowed, formField, startNewPack, uploadLogo } from './helpers'

function textOf(files: ReadonlyMap<string, Uint8Array>, path: string): string {
  const bytes = files.get(path)
  expect(bytes, path).toBeDefined()
  return decodeText(bytes!)
}

test('create a manifest add-on pack from an empty page, fill the form and download a zip the core reads back', async ({ page }) => {
  await startNewPack(page, 'manifest add-on pack')

  await formField(page, 'textbox', 'Name').fill('hello-app')
  await formField(page, 'textbox', 'Display name').fill('Hello App')
  await formField(page, 'textbox', 'Version').fill('1.2.0')
  await formField(page, 'combobox', 'Add-on type').selectOption('monitoring')
  await formField(page, 'checkbox', 'all').uncheck()
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
  const starterPackJson = JSON.parse(starter['pack.json'] ?? '') as Record<string, unknown>
  expect(JSON.parse(textOf(pack.files, 'pack.json'))).toEqual({
    ...starterPackJson,
    name: 'hello-app',
    displayName: 'Hello App',
    version: '1.2.0',
    addonType: 'monitoring',
    cloudTypes: ['aws'],
    eol: '2030-12-31',
  })
  // Starter text made from the name follows the rename; the manifest keeps its own name.
  const followed: Record<string, string> = {
    ...starter,
    'values.yaml': (starter['values.yaml'] ?? '').replace('# Values of the my-app pack.', '# Values of the hello-app pack.').replace('namespace: "my-app"', 'namespace: "hello-app"'),
    'README.md': (starter['README.md'] ?? '').replace('# My App\n', '# Hello App\n'),
  }
  for (const [path, text] of Object.entries(followed)) {
    if (path !== 'pack.json') expect(textOf(pack.files, path), path).toBe(text)
  }
  expect((await lintPack(pack, { mode: 'author' })).filter((finding) => finding.severity === 'error')).toEqual([])
  expect(pack.files.get('logo.png')).toEqual(logo)

  const ociArchive = await downloadArchive(page, 'Download .tar.gz (OCI)')
  expect(ociArchive.name).toBe('hello-app-1.2.0.tar.gz')
  const fromTarGz = await readPackArchive(ociArchive.bytes, ociArchive.name)
  expect(new Map(fromTarGz.files)).toEqual(new Map(pack.files))

  await page.getByRole('treeitem', { name: /^pack\.json/ }).click()
  await expect(formField(page, 'textbox', 'Name')).toHaveValue('hello-app')
  // `npm run screenshot` refreshes the README's picture from this very flow.
  if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: 'docs/screenshot.png' })
})
