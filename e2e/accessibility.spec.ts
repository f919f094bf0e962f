import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { makeChartTgz } from '../src/core/testing/chartFixtures'
import { formField, openStartPage, startNewPack, uploadLogo } from './helpers'
import { openInEditor } from './support/monaco'
import { validPackFiles, zipOfFolders } from './support/packArchives'

/**
 * Runs axe on what the page shows now and fails on any serious or critical violation, listing each
 * with the elements it found, so the message says what to fix.
 */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Legacy mode runs axe in the page itself; the default opens a second page per run to merge frame
  // results, which we do not need (no iframes) and which doubled each run's time here.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze()
  const severe = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`)
  expect(severe, `${screen}: serious or critical accessibility violations`).toEqual([])
}

// Each test runs axe over the whole page (Monaco's DOM included) several times: slow on a busy machine.
test.describe.configure({ timeout: 240_000 })

async function dropChart(page: Page): Promise<void> {
  const bytes = await makeChartTgz({ folder: 'web-app', chartYaml: 'apiVersion: v2\nname: web-app\nversion: 1.4.0\nappVersion: "2.1.0"\n', valuesYaml: 'image:\n  repository: ghcr.io/example/web-app\n  tag: v2.1.0\n' })
  const transfer = await page.evaluateHandle((list) => {
    const dataTransfer = new DataTransfer()
    dataTransfer.items.add(new File([new Uint8Array(list)], 'web-app-1.4.0.tgz', { type: 'application/gzip' }))
    return dataTransfer
  }, Array.from(bytes))
  await page.locator('section.welcome').dispatchEvent('drop', { dataTransfer: transfer })
}

test('the start page, the choose-packs dialog, the chart-pack dialog and the drafts list have no serious violation', async ({ page }) => {
  await openStartPage(page)
  await expectAccessible(page, 'start page')

  await page.getByLabel('Pack archive to open').setInputFiles({ name: 'two-packs.zip', mimeType: 'application/zip', buffer: zipOfFolders({ alpha: validPackFiles('alpha'), beta: validPackFiles('beta') }) })
  const choose = page.getByRole('dialog', { name: 'Open packs from two-packs.zip' })
  await expect(choose.getByRole('checkbox')).toHaveCount(2)
  await expectAccessible(page, 'choose-packs dialog')
  await choose.getByRole('button', { name: 'Open 2 packs' }).click()
  await expect(page.getByRole('tree', { name: 'Pack files' })).toBeVisible()

  await openStartPage(page)
  await dropChart(page)
  const review = page.getByRole('dialog', { name: 'New pack from web-app' })
  await expect(review.getByRole('button', { name: 'Create pack' })).toBeVisible()
  await expectAccessible(page, 'chart-pack dialog')
  await review.getByRole('button', { name: 'Cancel' }).click()

  const drafts = page.getByRole('list', { name: 'Drafts' })
  await expect(drafts.getByRole('listitem')).toHaveCount(2)
  await expectAccessible(page, 'start page with drafts')
  await drafts.getByRole('listitem').first().getByRole('button', { name: 'Rename' }).click()
  await expect(page.getByRole('textbox', { name: 'Draft name' })).toBeVisible()
  await expectAccessible(page, 'rename draft')
  await page.keyboard.press('Escape')
  await drafts.getByRole('listitem').first().getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Deleted/ })).toBeVisible()
  await expectAccessible(page, 'deleted draft with undo')
})

test('the builder: the form and every editor (values.yaml, a manifest, README with its preview, presets, schema)', async ({ page }) => {
  await startNewPack(page, 'manifest add-on pack')
  await expectAccessible(page, 'pack.json form')
  await uploadLogo(page)

  for (const [label, path] of [[/^values\.yaml/, 'values.yaml'], [/my-app\.yaml/, 'manifests/my-app.yaml'], [/^README\.md/, 'README.md']] as const) {
    await openInEditor(page, label, path)
    await expectAccessible(page, `${path} editor`)
  }
  await expect(page.getByRole('region', { name: 'README preview' })).toBeVisible()
  for (const path of ['presets.yaml', 'schema.yaml']) {
    await page.getByRole('button', { name: `Add ${path}` }).click()
    await openInEditor(page, new RegExp(`^${path.replace('.', '\\.')}`), path)
    await expectAccessible(page, `${path} editor`)
  }
})

test('the builder: push dialog, download blocked with Problems, Changes view, rename and delete dialogs', async ({ page }) => {
  await startNewPack(page, 'manifest add-on pack')
  await uploadLogo(page)
  await page.getByRole('button', { name: 'Push instructions' }).click()
  const push = page.getByRole('dialog', { name: 'Push the pack to a registry' })
  await expect(push).toBeVisible()
  await expectAccessible(page, 'push dialog')
  await page.keyboard.press('Escape')
  await expect(push).toBeHidden()

  await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^pack\.json/ }).click()
  await formField(page, 'combobox', 'Add-on type').selectOption('')
  await page.getByRole('button', { name: 'Blocked: 1 error to fix ▾' }).click()
  await expect(page.getByRole('region', { name: 'Problems blocking the download' })).toBeVisible()
  await expectAccessible(page, 'download blocked, with Problems')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: /^Review changes/ }).click()
  await expect(page.getByRole('heading', { name: 'Changes', exact: true })).toBeVisible()
  await expectAccessible(page, 'changes view')

  await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /my-app\.yaml/ }).click()
  await page.getByRole('button', { name: 'Rename manifest…' }).click()
  await expect(page.getByRole('dialog', { name: 'Rename manifests/my-app.yaml' })).toBeVisible()
  await expectAccessible(page, 'rename manifest dialog')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Delete manifests/my-app.yaml…' }).click()
  await expect(page.getByRole('dialog', { name: 'Delete manifests/my-app.yaml?' })).toBeVisible()
  await expectAccessible(page, 'delete manifest dialog')
})

test('Monaco says how to leave it with Tab, and Ctrl+M then Tab moves focus out of the editor', async ({ page }) => {
  await startNewPack(page, 'manifest add-on pack')
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  const input = page.getByRole('textbox', { name: /Editor for values\.yaml/ })
  await input.focus()
  await expect(input).toHaveAccessibleDescription('Tab inserts a tab; press Ctrl+M to move focus with Tab')
  await expect(page.getByText('Tab inserts a tab; press Ctrl+M to move focus with Tab')).toBeVisible()

  await page.keyboard.press('Tab')
  await expect(input).toBeFocused()
  await page.keyboard.press('Control+m')
  await page.keyboard.press('Tab')
  await expect(input).not.toBeFocused()
  expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') === null && document.activeElement !== document.body)).toBe(true)
})

test('choosing a template moves focus into the new draft: its first form field', async ({ page }) => {
  await openStartPage(page)
  await page.getByRole('button', { name: /^New manifest add-on pack/i }).click()
  await expect(formField(page, 'textbox', 'Name')).toBeFocused()
})
