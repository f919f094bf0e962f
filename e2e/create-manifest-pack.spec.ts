import { expect, test } from '@playwright/test'
import { parse as parseYaml } from 'yaml'
import { decodeText } from '../src/core/text/encoding'
import { readPackArchive } from '../src/core/archive/readPackArchive'
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
  await formField(page, 'checkbox', 'aws').check()
  await formField(page, 'textbox', 'End of life').fill('2030-12-31')
  await expect(page.getByRole('banner')).toContainText('Hello App')
  const logo = await uploadLogo(page)

  await expectDownloadAllowed(page)
  const archive = await downloadArchive(page, 'Download .zip')
  expect(archive.name).toBe('hello-app-1.2.0.zip')

  const pack = await readPackArchive(archive.bytes, archive.name)
  const paths = [...pack.files.keys()].sort()
  const manifests = paths.filter((path) => path.startsWith('manifests/'))
  expect(manifests).toHaveLength(1)
  expect(paths).toEqual(['README.md', 'logo.png', ...manifests, 'pack.json', 'values.yaml'].sort())

  const packJson = JSON.parse(textOf(pack.files, 'pack.json')) as Record<string, unknown>
  expect(packJson).toMatchObject({ name: 'hello-app', displayName: 'Hello App', version: '1.2.0', layer: 'addon', addonType: 'monitoring', eol: '2030-12-31', kubeManifests: manifests })
  expect(packJson.cloudTypes).toContain('aws')

  const manifestName = manifests[0]!.replace(/^manifests\/|\.ya?ml$/g, '')
  const values = parseYaml(textOf(pack.files, 'values.yaml')) as { pack?: { namespace?: unknown }; manifests?: Record<string, unknown> }
  expect(typeof values.pack?.namespace).toBe('string')
  expect(values.manifests).toHaveProperty(manifestName)
  expect(parseYaml(textOf(pack.files, manifests[0]!))).toHaveProperty('kind')
  expect(textOf(pack.files, 'README.md')).toMatch(/^# /)
  expect(pack.files.get('logo.png')).toEqual(logo)

  const ociArchive = await downloadArchive(page, 'Download .tar.gz (OCI)')
  expect(ociArchive.name).toBe('hello-app-1.2.0.tar.gz')
  const fromTarGz = await readPackArchive(ociArchive.bytes, ociArchive.name)
  expect(new Map(fromTarGz.files)).toEqual(new Map(pack.files))

  await page.getByRole('treeitem', { name: /^pack\.json/ }).click()
  await expect(formField(page, 'textbox', 'Name')).toHaveValue('hello-app')
  await page.screenshot({ path: 'docs/screenshot.png' })
})
