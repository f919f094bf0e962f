import { expect, test } from '@playwright/test'
import { strToU8, zipSync } from 'fflate'
import { formField, startNewPack, uploadLogo } from './helpers'
import { draftEntry, downloadedFiles, goToStartPage, selectedTreeItem } from './support/drafts'

// Several packs are built, checked and downloaded per test: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 })

test('two drafts survive a reload, each opening exactly as it was: files, lint mode and selected file', async ({ page }) => {
  await startNewPack(page, 'manifest add-on pack')
  await formField(page, 'textbox', 'Display name').fill('First Pack')
  await uploadLogo(page)
  await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^values\.yaml/ }).click()
  const first = await downloadedFiles(page)

  // A second pack is a new draft; the first one is not replaced.
  await page.getByRole('button', { name: 'New pack', exact: true }).click()
  await page.getByRole('menu', { name: 'New pack' }).getByRole('menuitem', { name: 'Manifest add-on pack' }).click()
  await formField(page, 'textbox', 'Display name').fill('Second Pack')
  await formField(page, 'textbox', 'Version').fill('2.0.0')
  await uploadLogo(page)
  await page.getByRole('radio', { name: 'Import' }).check()
  await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^README\.md/ }).click()
  const second = await downloadedFiles(page)
  expect(second.get('pack.json')).not.toEqual(first.get('pack.json'))

  await page.reload()
  await expect(page.getByRole('banner')).toContainText('Second Pack')
  await goToStartPage(page)
  await expect(draftEntry(page, 'First Pack')).toContainText('v1.0.0')
  await expect(draftEntry(page, 'Second Pack')).toContainText('v2.0.0')

  await draftEntry(page, 'First Pack').getByRole('button', { name: 'Open' }).click()
  await expect(page.getByRole('banner')).toContainText('First Pack')
  await expect(page.getByRole('radio', { name: 'Author' })).toBeChecked()
  await expect(selectedTreeItem(page)).toHaveAttribute('data-key', 'values.yaml')
  expect(await downloadedFiles(page)).toEqual(first)

  await page.getByRole('button', { name: /^Drafts/ }).click()
  await page.getByRole('list', { name: 'Drafts' }).getByRole('button', { name: /Second Pack/ }).click()
  await expect(page.getByRole('banner')).toContainText('Second Pack')
  await expect(page.getByRole('radio', { name: 'Import' })).toBeChecked()
  await expect(selectedTreeItem(page)).toHaveAttribute('data-key', 'README.md')
  expect(await downloadedFiles(page)).toEqual(second)
})

test('the start page renames, duplicates and deletes drafts, and a delete can be undone', async ({ page }) => {
  await startNewPack(page, 'manifest add-on pack')
  await formField(page, 'textbox', 'Display name').fill('Listed Pack')
  await goToStartPage(page)
  const entry = draftEntry(page, 'Listed Pack')
  await expect(entry).toContainText('my-app')

  await entry.getByRole('button', { name: 'Duplicate' }).click()
  await expect(page.getByRole('list', { name: 'Drafts' }).getByRole('listitem')).toHaveCount(2)
  await page.getByRole('list', { name: 'Drafts' }).getByRole('listitem').first().getByRole('button', { name: 'Rename' }).click()
  await page.getByRole('textbox', { name: 'Draft name' }).fill('Renamed copy')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(draftEntry(page, 'Renamed copy')).toBeVisible()

  await draftEntry(page, 'Renamed copy').getByRole('button', { name: 'Delete' }).click()
  await expect(draftEntry(page, 'Renamed copy')).toHaveCount(0)
  await page.getByRole('status').filter({ hasText: 'Deleted “Renamed copy”' }).getByRole('button', { name: 'Undo' }).click()
  await expect(draftEntry(page, 'Renamed copy')).toBeVisible()
  await page.reload()
  await expect(draftEntry(page, 'Renamed copy')).toBeVisible()
  await expect(draftEntry(page, 'Listed Pack')).toBeVisible()
})

const archiveValues = 'pack:\n  namespace: "logs"\n'
const archivePackJson = JSON.stringify({ name: 'opened-pack', displayName: 'Opened Pack', version: '3.1.4', layer: 'addon', addonType: 'logging', cloudTypes: ['all'] }, null, 2)

test('after opening an archive, editing and reloading, the Changes view shows exactly the edits against the archive', async ({ page }) => {
  await page.goto('/')
  const zip = zipSync({
    'opened-pack-3.1.4/pack.json': strToU8(archivePackJson),
    'opened-pack-3.1.4/values.yaml': strToU8(archiveValues),
    'opened-pack-3.1.4/README.md': strToU8('# Opened\n'),
  })
  await page.getByLabel('Pack archive to open').setInputFiles({ name: 'opened-pack-3.1.4.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) })
  await expect(page.getByRole('banner')).toContainText('Opened Pack')
  await expect(page.getByRole('button', { name: 'Review changes (0)' })).toBeVisible()

  await formField(page, 'textbox', 'Version').fill('3.2.0')
  const tree = page.getByRole('tree', { name: 'Pack files' })
  await tree.getByRole('treeitem', { name: /^values\.yaml/ }).click()
  await page.waitForFunction(() => window.__packBuilderMonaco?.editor.getModel(window.__packBuilderMonaco.Uri.parse('file:///values.yaml')) != null)
  await page.evaluate(() => {
    const editor = window.__packBuilderMonaco?.editor.getEditors()[0]
    const model = editor?.getModel()
    if (!editor || !model) throw new Error('no editor')
    editor.setPosition({ lineNumber: 2, column: model.getLineMaxColumn(2) })
    editor.focus()
  })
  // Monaco keeps the previous line's indentation after Enter.
  await page.keyboard.type('\nreplicas: 2')
  await expect(tree.getByRole('treeitem', { name: /^values\.yaml, modified/ })).toBeVisible()
  await expect(tree.getByRole('treeitem', { name: /^README\.md/ })).not.toHaveAccessibleName(/modified/)

  await page.reload()
  await expect(page.getByRole('banner')).toContainText('v3.2.0')
  await page.getByRole('button', { name: 'Review changes (2)' }).click()
  const changed = page.getByRole('list', { name: 'Changed files' }).getByRole('listitem')
  await expect(changed).toHaveText([/modified\s+pack\.json/, /modified\s+values\.yaml/])

  await changed.filter({ hasText: 'values.yaml' }).getByRole('button', { name: 'modified values.yaml' }).click()
  const diffText = (uri: string) => page.evaluate((target) => window.__packBuilderMonaco?.editor.getModel(window.__packBuilderMonaco.Uri.parse(target))?.getValue() ?? null, uri)
  await expect.poll(() => diffText('changes-current:///values.yaml')).toBe('pack:\n  namespace: "logs"\n  replicas: 2\n')
  expect(await diffText('changes-baseline:///values.yaml')).toBe(archiveValues)

  await page.getByRole('button', { name: 'Revert values.yaml' }).click()
  await expect(changed).toHaveText([/modified\s+pack\.json/])
  await expect(page.getByRole('button', { name: 'Review changes (1)' })).toBeVisible()
})
