import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { readPackArchive } from '../src/core/archive/readPackArchive'
import { chartYaml, makeChartTgz } from '../src/core/testing/chartFixtures'
import { downloadArchive, expectDownloadAllowed } from './helpers'
import { modelText, openInEditor } from './support/monaco'
import { validPackFiles, zipOfFolders } from './support/packArchives'

const identity = (page: Page) => page.getByRole('banner')
const tree = (page: Page) => page.getByRole('tree', { name: 'Pack files' })

test('a pack folder picked with the folder picker opens as a pack', async ({ page }, testInfo) => {
  const folder = testInfo.outputPath('folder-pack')
  for (const [path, bytes] of Object.entries(validPackFiles('folder-pack'))) {
    await mkdir(dirname(join(folder, path)), { recursive: true })
    await writeFile(join(folder, path), bytes)
  }
  await page.goto('/')
  await page.getByRole('button', { name: 'Open' }).click()
  await expect(page.getByRole('menu', { name: 'Open' }).getByRole('menuitem')).toHaveText(['Pack archive (.zip, .tar.gz)…', 'Pack folder…'])
  await page.keyboard.press('Escape')
  await page.getByLabel('Pack folder to open').setInputFiles(folder)
  await expect(identity(page)).toContainText('folder-pack')
  await expect(tree(page).getByRole('treeitem', { name: /^hello-app\.yaml/ })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Import' })).toBeChecked()
  await expectDownloadAllowed(page)
})

test('an archive dropped anywhere on the start page opens; a bad one names the file and changes nothing', async ({ page }) => {
  await page.goto('/')
  const drop = async (name: string, bytes: number[]) => {
    const dataTransfer = await page.evaluateHandle(([fileName, content]) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(content)], fileName))
      return transfer
    }, [name, bytes] as const)
    await page.getByRole('heading', { name: 'Create a Palette pack' }).dispatchEvent('drop', { dataTransfer })
  }
  await drop('notes.zip', Array.from(new TextEncoder().encode('just text')))
  await expect(page.getByRole('alert').filter({ hasText: 'Could not open notes.zip' })).toContainText('is neither a .zip nor a .tar.gz archive')
  await expect(page.getByRole('heading', { name: 'Create a Palette pack' })).toBeVisible()

  await drop('dropped.zip', Array.from(zipOfFolders({ 'dropped-pack': validPackFiles('dropped-pack') })))
  await expect(identity(page)).toContainText('dropped-pack')
  await expect(page.getByRole('status').filter({ hasText: 'Opened dropped-pack.' })).toBeVisible()
})

test('an archive with two packs asks which to open; each chosen one opens', async ({ page }) => {
  const archive = { name: 'two-packs.zip', mimeType: 'application/zip', buffer: zipOfFolders({ alpha: validPackFiles('alpha'), beta: validPackFiles('beta') }) }
  await page.goto('/')
  await page.getByLabel('Pack archive to open').setInputFiles(archive)
  let dialog = page.getByRole('dialog', { name: 'Open packs from two-packs.zip' })
  await expect(dialog.getByRole('checkbox')).toHaveCount(2)
  await dialog.getByRole('checkbox', { name: /alpha/ }).uncheck()
  await dialog.getByRole('button', { name: 'Open 1 pack' }).click()
  await expect(dialog).toBeHidden()
  await expect(identity(page)).toContainText('beta')
  await expect(page.getByRole('status').filter({ hasText: 'Opened beta.' })).toBeVisible()

  await page.getByLabel('Pack archive to open').setInputFiles(archive)
  dialog = page.getByRole('dialog', { name: 'Open packs from two-packs.zip' })
  await dialog.getByRole('button', { name: 'Open 2 packs' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Opened alpha, beta.' })).toBeVisible()
  await expect(identity(page)).toContainText('beta')
})

test('OS metadata junk in an opened pack is reported and removed in one click', async ({ page }) => {
  const files = validPackFiles('junky', { '.DS_Store': 'finder', 'manifests/._hello-app.yaml': 'appledouble' })
  await page.goto('/')
  await page.getByLabel('Pack archive to open').setInputFiles({ name: 'junky.zip', mimeType: 'application/zip', buffer: zipOfFolders({ junky: files }) })
  await expect(identity(page)).toContainText('junky')
  const problems = page.getByRole('region', { name: 'Problems', exact: true })
  await expect(problems.getByRole('button', { name: /files\/os-metadata-junk/ })).toHaveCount(2)
  await expect(problems).toContainText('.DS_Store is macOS Finder metadata (.DS_Store), not part of the pack; it would ship in the archive')
  await problems.getByRole('button', { name: 'Remove all 2' }).click()
  await expect(problems.getByRole('button', { name: /files\/os-metadata-junk/ })).toHaveCount(0)
  await expect(tree(page).getByRole('treeitem', { name: /DS_Store/ })).toHaveCount(0)

  await expectDownloadAllowed(page)
  const zip = await downloadArchive(page, 'Download .zip')
  const pack = await readPackArchive(zip.bytes, zip.name)
  expect([...pack.files.keys()].sort()).toEqual(['README.md', 'logo.png', 'manifests/hello-app.yaml', 'pack.json', 'values.yaml'])
})

test('a Helm chart opened as a pack is reviewed like "New pack from a chart", then becomes that draft', async ({ page }) => {
  const chartValues = 'replicaCount: 1\nimage:\n  repository: nginx\n  tag: 1.27.0\nexporter:\n  image: quay.io/example/exporter:0.9.0\n'
  const chart = await makeChartTgz({ folder: 'nginx', chartYaml: `${chartYaml('nginx', '1.2.3', '1.27.0')}keywords:\n  - ingress\n`, valuesYaml: chartValues })
  await page.goto('/')
  await page.getByLabel('Pack archive to open').setInputFiles({ name: 'nginx-1.2.3.tgz', mimeType: 'application/gzip', buffer: Buffer.from(chart) })

  const review = page.getByRole('dialog', { name: 'New pack from nginx' })
  await expect(review).toContainText('nginx-1.2.3.tgz is a Helm chart, not a pack.')
  // The app's version is offered first, as the docs recommend; the user takes the chart's.
  await expect(review.getByRole('radio', { name: /1\.27\.0 \(the app version/ })).toBeChecked()
  await review.getByRole('radio', { name: /1\.2\.3 \(the chart version/ }).check()
  await expect(review.getByTestId('addon-type-guess')).toContainText('Guessed')
  await expect(review.getByRole('listitem').filter({ hasText: 'docker.io/library/nginx:1.27.0' })).toContainText('from values: image')
  await review.getByRole('checkbox', { name: 'quay.io/example/exporter:0.9.0' }).uncheck()
  // Nothing is made before the review ends.
  await expect(page.getByRole('heading', { name: 'Create a Palette pack' })).toBeVisible()
  await review.getByRole('button', { name: 'Create pack' }).click()
  await expect(review).toBeHidden()

  await expect(page.getByRole('status').filter({ hasText: 'Made a new pack from the Helm chart nginx-1.2.3.tgz.' })).toBeVisible()
  await expect(identity(page)).toContainText('Nginx')
  await expect(identity(page)).toContainText('v1.2.3')
  await expect(tree(page).getByRole('treeitem', { name: /^nginx-1\.2\.3\.tgz/ })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Author' })).toBeChecked()
  await openInEditor(page, /^pack\.json/, 'pack.json')
  expect(JSON.parse(await modelText(page, 'pack.json'))).toMatchObject({ name: 'nginx', version: '1.2.3', layer: 'addon', charts: ['charts/nginx-1.2.3.tgz'] })
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  const values = await modelText(page, 'values.yaml')
  expect(values).toContain(`charts:\n  nginx:\n${chartValues.replace(/^(?=.)/gm, '    ')}`)
  expect(values).toContain('docker.io/library/nginx:1.27.0')
  expect(values).not.toContain('exporter:0.9.0"')
})

test('a Helm chart review cancelled opens nothing', async ({ page }) => {
  const chart = await makeChartTgz({ folder: 'nginx', chartYaml: chartYaml('nginx', '1.2.3', '1.27.0'), valuesYaml: 'replicaCount: 1\n' })
  await page.goto('/')
  await page.getByLabel('Pack archive to open').setInputFiles({ name: 'nginx-1.2.3.tgz', mimeType: 'application/gzip', buffer: Buffer.from(chart) })
  const review = page.getByRole('dialog', { name: 'New pack from nginx' })
  await review.getByRole('button', { name: 'Cancel' }).click()
  await expect(review).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Create a Palette pack' })).toBeVisible()
  await expect(page.getByRole('banner')).not.toContainText('Nginx')
})
