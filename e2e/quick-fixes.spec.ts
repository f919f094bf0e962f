import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { strToU8, zipSync } from 'fflate'
import { modelText, openInEditor, waitForMarkers } from './support/monaco'

const PACK_JSON = {
  name: 'fixme',
  displayName: 'Fix Me',
  version: '1.0.0',
  layer: 'addon',
  addonType: 'logging',
  group: ' ',
  cloudTypes: ['all'],
  kubeManifests: ['manifests/app.yaml'],
}
const MANIFEST = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n'

/** Opens a pack archive holding these files (pack.json as JSON) through the "open" button. */
async function openPack(page: Page, values: string, extra: Readonly<Record<string, Uint8Array>> = {}): Promise<void> {
  await page.goto('/')
  const files = {
    'fixme-1.0.0/pack.json': strToU8(JSON.stringify(PACK_JSON, null, 2) + '\n'),
    'fixme-1.0.0/values.yaml': strToU8(values),
    'fixme-1.0.0/manifests/app.yaml': strToU8(MANIFEST),
    ...Object.fromEntries(Object.entries(extra).map(([path, bytes]) => [`fixme-1.0.0/${path}`, bytes])),
  }
  await page.getByLabel('Pack archive to open').setInputFiles({ name: 'fixme-1.0.0.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(files)) })
  await expect(page.getByRole('banner')).toContainText('Fix Me')
}

/** The Problems panel's rows of one rule. */
function problemRows(page: Page, ruleId: string) {
  return page.getByRole('region', { name: 'Problems' }).getByRole('listitem').filter({ hasText: ruleId })
}

const VALUES = 'pack:\n  namespace: "logs"\n  spectrocloud.com/install-priority: 30\nmanifests:\n  app: {}\n'

test('"Fix" in the Problems panel removes the blank group and its problem', async ({ page }) => {
  await openPack(page, VALUES)
  const row = problemRows(page, 'pack-json/blank-placeholder')
  await expect(row).toHaveCount(1)
  await row.getByRole('button', { name: 'Fix: Remove the blank "group"' }).click()
  await expect(row).toHaveCount(0)
  await openInEditor(page, 'pack.json', 'pack.json')
  expect(await modelText(page, 'pack.json')).toBe(JSON.stringify({ ...PACK_JSON, group: undefined }, null, 2) + '\n')
})

test('the quick fix in the editor (Ctrl+.) quotes the install priority and clears its marker and problem', async ({ page }) => {
  await openPack(page, VALUES)
  await expect(problemRows(page, 'pack-values/install-priority-format')).toHaveCount(1)
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  await waitForMarkers(page, 'values.yaml', (markers) => markers.some((marker) => marker.owner === 'pack-builder' && marker.line === 3))
  await page.evaluate(() => {
    const editor = window.__packBuilderMonaco?.editor.getEditors()[0]
    editor?.setPosition({ lineNumber: 3, column: 5 })
    editor?.focus()
  })
  await page.keyboard.press('Control+.')
  const action = page.locator('.action-widget').getByText('Quote the install priority: "30"')
  await expect(action).toBeVisible()
  await page.keyboard.press('Enter')
  await expect.poll(() => modelText(page, 'values.yaml')).toBe(VALUES.replace('priority: 30', 'priority: "30"'))
  await waitForMarkers(page, 'values.yaml', (markers) => !markers.some((marker) => marker.owner === 'pack-builder' && marker.line === 3))
  await expect(problemRows(page, 'pack-values/install-priority-format')).toHaveCount(0)
})

test('"Fix all of this kind" replaces every tab at once, and one Undo brings them all back', async ({ page }) => {
  const tabbed = 'pack:\n\tnamespace: "logs"\n\tspectrocloud.com/install-priority: "30"\nmanifests:\n\tapp: {}\n'
  await openPack(page, tabbed)
  const rows = problemRows(page, 'pack-values/indentation')
  await expect(rows).toHaveCount(3)
  await rows.first().getByRole('button', { name: /^Fix:/ }).click()
  const menu = page.getByRole('menu', { name: 'Fixes' })
  await expect(menu.getByRole('menuitem')).toHaveText(['Replace the tab with two spaces', 'Fix all 3 of this kind'])
  await menu.getByRole('menuitem', { name: 'Fix all 3 of this kind' }).click()
  await expect(rows).toHaveCount(0)
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  expect(await modelText(page, 'values.yaml')).toBe(tabbed.replace(/\t/g, '  '))

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => modelText(page, 'values.yaml')).toBe(tabbed)
  await expect(rows).toHaveCount(3)
})

test('"Fix" converts an SVG saved as logo.png into a real PNG, in the browser', async ({ page }) => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#2457d6"/></svg>'
  await openPack(page, VALUES, { 'logo.png': strToU8(svg) })
  const row = problemRows(page, 'files/logo-not-png')
  await expect(row).toContainText('logo.png is an SVG drawing, not a PNG')
  await row.getByRole('button', { name: 'Fix: Convert the logo to PNG' }).click()
  await expect(row).toHaveCount(0)
})
