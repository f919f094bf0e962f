import { expect, test } from '@playwright/test'
import { decodeText, readPackArchive } from '../src/core'
import { downloadArchive, expectDownloadAllowed, startNewPack, uploadLogo } from './helpers'

test('an OS pack for Azure gets the Azure annotation set ready to fill, and downloads once it is filled', async ({ page }) => {
  await startNewPack(page, 'os pack')
  const form = page.getByRole('region', { name: 'pack.json' })
  await form.getByRole('combobox', { name: 'Target cloud' }).selectOption('azure')
  await form.getByRole('button', { name: 'Add the Azure annotations' }).click()

  const values: Record<string, string> = { imagePublisher: 'OpenLogic', imageOffer: 'CentOS', imageSKU: '7.7', osName: 'centos', sshUsername: 'centos' }
  for (const [key, value] of Object.entries(values)) await form.getByRole('textbox', { name: key, exact: true }).fill(value)
  await expect(form.getByRole('textbox', { name: 'imageId', exact: true })).toHaveCount(0)
  await uploadLogo(page)

  await expectDownloadAllowed(page)
  const archive = await downloadArchive(page, 'Download .zip')
  const pack = await readPackArchive(archive.bytes, archive.name)
  const packJson = JSON.parse(decodeText(pack.files.get('pack.json') ?? new Uint8Array())) as { cloudTypes: string[]; layer: string; annotations: Record<string, string> }
  expect(packJson.layer).toBe('os')
  expect(packJson.cloudTypes).toEqual(['azure'])
  expect(packJson.annotations).toMatchObject({ ...values, skipK8sInstall: expect.stringMatching(/^(true|false)$/) as unknown as string })
})

test('undo after switching clouds brings the previous annotation fields back, and typing a new annotation keeps the focus', async ({ page }) => {
  await startNewPack(page, 'os pack')
  const form = page.getByRole('region', { name: 'pack.json' })
  await expect(form.getByRole('textbox', { name: 'imageId', exact: true })).toBeVisible()
  await form.getByRole('combobox', { name: 'Target cloud' }).selectOption('azure')
  await form.getByRole('button', { name: 'Add the Azure annotations' }).click()
  await expect(form.getByRole('textbox', { name: 'imageSKU', exact: true })).toBeVisible()
  await expect(form.getByRole('textbox', { name: 'imageId', exact: true })).toHaveCount(0)

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(form.getByRole('textbox', { name: 'imageId', exact: true })).toBeVisible()
  await expect(form.getByRole('textbox', { name: 'imageSKU', exact: true })).toHaveCount(0)

  const osName = form.getByRole('textbox', { name: 'osName', exact: true })
  await osName.fill('ubuntu')
  await osName.pressSequentially('-lts')
  await expect(osName).toBeFocused()
  await expect(osName).toHaveValue('ubuntu-lts')
})
