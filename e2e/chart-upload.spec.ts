import { writeFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { chartYaml, makeChartTgz } from '../src/core/testing/chartFixtures'
import { modelText, openInEditor } from './support/monaco'
import { startManifestPack } from './support/start'

const nginxChart = () => makeChartTgz({
  folder: 'nginx',
  chartYaml: chartYaml('nginx', '1.2.3', '1.27.0'),
  valuesYaml: 'replicaCount: 1\nimage:\n  tag: stable\n',
})

test('an uploaded chart is listed in pack.json and its folder is offered under charts:', async ({ page }, testInfo) => {
  const archive = testInfo.outputPath('nginx-1.2.3.tgz')
  await writeFile(archive, await nginxChart())
  await startManifestPack(page)
  await page.getByLabel('Chart archive (.tgz)').setInputFiles(archive)

  const tree = page.getByRole('tree', { name: 'Pack files' })
  await expect(tree.getByRole('treeitem', { name: /^nginx-1\.2\.3\.tgz/ })).toHaveAttribute('aria-selected', 'true')
  const panel = page.getByRole('region', { name: 'Chart charts/nginx-1.2.3.tgz' })
  await expect(panel.getByRole('definition').first()).toHaveText('nginx')
  await expect(panel).toContainText('1.27.0')
  const offer = panel.getByRole('button', { name: /default values under charts\.nginx/ })
  await offer.click()
  await expect(panel.getByRole('status')).toContainText('charts.nginx')

  // A second time the key exists: the panel asks before replacing it.
  await offer.click()
  const replace = page.getByRole('dialog', { name: 'Replace charts.nginx?' })
  await expect(replace).toBeVisible()
  await replace.getByRole('button', { name: 'Cancel' }).click()

  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  expect(await modelText(page, 'values.yaml')).toContain('charts:\n  nginx:\n    replicaCount: 1\n    image:\n      tag: stable\n')
  expect(await modelText(page, 'values.yaml')).toContain('# Values of each manifest go under manifests.')
  await openInEditor(page, /^pack\.json/, 'pack.json')
  expect(JSON.parse(await modelText(page, 'pack.json'))).toMatchObject({ charts: ['charts/nginx-1.2.3.tgz'] })
})

test('a chart dropped on the file tree is added; removing it can also remove its values', async ({ page }) => {
  const bytes = Array.from(await nginxChart())
  await startManifestPack(page)
  const tree = page.getByRole('navigation', { name: 'Pack files' })
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([new Uint8Array(content)], 'nginx-1.2.3.tgz', { type: 'application/gzip' }))
    return transfer
  }, bytes)
  await tree.dispatchEvent('drop', { dataTransfer })
  const panel = page.getByRole('region', { name: 'Chart charts/nginx-1.2.3.tgz' })
  await panel.getByRole('button', { name: /default values under charts\.nginx/ }).click()

  await panel.getByRole('button', { name: 'Remove chart…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove charts/nginx-1.2.3.tgz?' })
  await expect(dialog.getByRole('checkbox', { name: /Also remove charts\.nginx/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Remove chart' }).click()

  await expect(page.getByRole('treeitem', { name: /^nginx-1\.2\.3\.tgz/ })).toHaveCount(0)
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  expect(await modelText(page, 'values.yaml')).not.toMatch(/^ {2}nginx:/m)
  await openInEditor(page, /^pack\.json/, 'pack.json')
  expect(JSON.parse(await modelText(page, 'pack.json'))).toMatchObject({ charts: [] })
})
