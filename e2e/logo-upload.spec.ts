import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { startManifestPack } from './support/start'

// A 2×2 RGBA PNG (the same bytes as TINY_PNG in src/core/testing/packFixtures.ts, which e2e cannot import:
// it pulls in JSON modules that Node loads only with an import attribute).
const TINY_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4nGP4z8DwH4QZYAwAR8oH+WdZbrcAAAAASUVORK5CYII='
const TINY_PNG = Buffer.from(TINY_PNG_BASE64, 'base64')
const PNG_DATA_URL_PREFIX = 'data:image/png;base64,iVBORw0KGgo'

async function openLogo(page: Page) {
  await startManifestPack(page)
  await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^logo\.png/ }).click()
  return page.getByRole('region', { name: 'Logo', exact: true })
}

test('a PNG logo is stored as is', async ({ page }) => {
  const panel = await openLogo(page)
  await panel.getByLabel('Logo image').setInputFiles({ name: 'mine.png', mimeType: 'image/png', buffer: TINY_PNG })
  await expect(panel.getByTestId('logo-size')).toHaveText(`2×2 px, ${TINY_PNG.length} B`)
  await expect(panel.getByRole('img', { name: "The pack's logo" })).toHaveAttribute('src', `data:image/png;base64,${TINY_PNG_BASE64}`)
  await expect(panel).toContainText('small')
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('a JPEG logo is converted to PNG only after the user agrees', async ({ page }) => {
  const panel = await openLogo(page)
  const jpeg = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 120
    canvas.height = 90
    const context = canvas.getContext('2d')
    if (context) { context.fillStyle = '#36c'; context.fillRect(0, 0, 120, 90) }
    return canvas.toDataURL('image/jpeg').split(',')[1] ?? ''
  })
  const upload = () => panel.getByLabel('Logo image').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg, 'base64') })

  await upload()
  const dialog = page.getByRole('dialog', { name: 'Convert the logo to PNG?' })
  await expect(dialog).toContainText('JPEG image (120×90 px')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(panel).toContainText('no logo yet')

  await upload()
  await dialog.getByRole('button', { name: 'Convert to PNG' }).click()
  await expect(panel.getByTestId('logo-size')).toContainText('120×90 px')
  await expect(panel.getByRole('img', { name: "The pack's logo" })).toHaveAttribute('src', new RegExp(`^${PNG_DATA_URL_PREFIX}`))
  await expect(panel).toContainText('not square')
})

test('an SVG logo is drawn to a PNG after the user agrees', async ({ page }) => {
  const panel = await openLogo(page)
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="teal"/></svg>'
  await panel.getByLabel('Logo image').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) })
  const dialog = page.getByRole('dialog', { name: 'Convert the logo to PNG?' })
  await expect(dialog).toContainText('SVG image')
  await dialog.getByRole('button', { name: 'Convert to PNG' }).click()
  await expect(panel.getByTestId('logo-size')).toContainText('256×256 px')
  await expect(panel.getByRole('img', { name: "The pack's logo" })).toHaveAttribute('src', new RegExp(`^${PNG_DATA_URL_PREFIX}`))
})
