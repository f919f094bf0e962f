import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { decodeText, lintPack, PACK_TEMPLATES, packFromTemplate, readPackArchive } from '../src/core'
import { makeChartTgz } from '../src/core/testing/chartFixtures'
import { downloadArchive, expectDownloadAllowed } from './helpers'
import { modelText, openInEditor, placeCursorAtLineEnd } from './support/monaco'

// A chart of our own, shaped like a real one: comments, a nested image group with an empty tag the
// templates default to .Chart.AppVersion, a Bitnami-style image annotation and a README.
const VALUES = [
  '# Default values for web-app.',
  '',
  'replicaCount: 1',
  '',
  'image:',
  '  registry: ghcr.io',
  '  repository: example/web-app',
  '  # Empty: the chart uses its appVersion.',
  '  tag: ""',
  '',
  'metrics:',
  '  exporter:',
  '    image: prom/statsd-exporter:v0.26.0   # side car',
  '',
].join('\n')

const webAppChart = (version: string, appVersion: string, values = VALUES) => makeChartTgz({
  folder: 'web-app',
  chartYaml: [
    'apiVersion: v2', 'name: web-app', `version: ${version}`, `appVersion: "${appVersion}"`, 'keywords: [prometheus, web]', 'home: https://web-app.example.com',
    'annotations:', '  images: |', '    - name: os-shell', '      image: docker.io/bitnami/os-shell:12-debian-12-r16', '',
  ].join('\n'),
  valuesYaml: values,
  files: {
    'README.md': '# web-app\n\nThe chart\'s own README.\n',
    'templates/deployment.yaml': 'image: "{{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"\n',
  },
})

async function dropFiles(page: Page, target: string, files: readonly { name: string; bytes: Uint8Array }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer()
    for (const file of list) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: 'application/gzip' }))
    return transfer
  }, files.map((file) => ({ name: file.name, bytes: Array.from(file.bytes) })))
  await page.locator(target).dispatchEvent('drop', { dataTransfer })
}

async function generateLogo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add a logo' }).click()
  await page.getByRole('button', { name: 'Generate a logo' }).click()
  await expect(page.getByRole('button', { name: 'Change the logo' })).toBeVisible()
}

/** The lines under `  <folder>:` with the nesting indent taken off. */
function chartBlock(values: string, folder: string): string {
  const lines = values.split('\n')
  const body: string[] = []
  for (const line of lines.slice(lines.indexOf(`  ${folder}:`) + 1)) {
    if (line !== '' && !line.startsWith('    ')) break
    body.push(line.slice(4))
  }
  return `${body.join('\n').trimEnd()}\n`
}

test('a chart dropped on the start page becomes a pack: reviewed, logo generated, downloaded with 0 errors', async ({ page }) => {
  await page.goto('/')
  await dropFiles(page, 'section.welcome', [{ name: 'web-app-1.4.0.tgz', bytes: await webAppChart('1.4.0', 'v2.1.0') }])

  const review = page.getByRole('dialog', { name: 'New pack from web-app' })
  await expect(review.getByRole('radio', { name: /2\.1\.0 \(the app version/ })).toBeChecked()
  await expect(review.getByRole('radio', { name: /1\.4\.0 \(the chart version/ })).not.toBeChecked()
  await expect(review.getByRole('combobox', { name: 'Add-on type' })).toHaveValue('monitoring')
  await expect(review.getByTestId('addon-type-guess')).toContainText('keyword "prometheus"')
  await expect(review.getByRole('checkbox')).toHaveCount(3)
  await expect(review.getByRole('listitem').filter({ hasText: 'ghcr.io/example/web-app:v2.1.0' })).toContainText('from values: image')
  await review.getByRole('checkbox', { name: 'docker.io/bitnami/os-shell:12-debian-12-r16' }).uncheck()
  await review.getByRole('button', { name: 'Create pack' }).click()

  await expect(page.getByRole('tree', { name: 'Pack files' })).toBeVisible()
  await generateLogo(page)
  await expectDownloadAllowed(page)
  const archive = await downloadArchive(page, 'Download .zip')
  expect(archive.name).toBe('web-app-2.1.0.zip')
  const pack = await readPackArchive(archive.bytes, archive.name)
  const text = (path: string) => decodeText(pack.files.get(path) ?? new Uint8Array())

  expect([...pack.files.keys()].sort()).toEqual(['README.md', 'charts/web-app-1.4.0.tgz', 'logo.png', 'pack.json', 'values.yaml'])
  expect(JSON.parse(text('pack.json'))).toEqual({
    name: 'web-app', displayName: 'Web App', version: '2.1.0', layer: 'addon', addonType: 'monitoring', cloudTypes: ['all'], charts: ['charts/web-app-1.4.0.tgz'], annotations: { source: 'community' },
  })
  const values = text('values.yaml')
  expect(chartBlock(values, 'web-app')).toBe(VALUES)
  expect(values).toContain('  namespace: "web-app"\n')
  expect(values).toContain('    images:\n      - image: "ghcr.io/example/web-app:v2.1.0"\n      - image: "docker.io/prom/statsd-exporter:v0.26.0"\n')
  expect(values).not.toContain('os-shell')
  expect(text('README.md')).toBe("# web-app\n\nThe chart's own README.\n")
  expect((await lintPack(pack, { mode: 'author' })).filter((finding) => finding.severity === 'error')).toEqual([])
  const logo = pack.files.get('logo.png') ?? new Uint8Array()
  expect([...logo.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47])
  expect(new DataView(logo.buffer, logo.byteOffset).getUint32(16)).toBe(256)
})

test('uploading a new version of the chart replaces it and keeps a changed value', async ({ page }) => {
  await page.goto('/')
  await dropFiles(page, 'section.welcome', [{ name: 'web-app-1.4.0.tgz', bytes: await webAppChart('1.4.0', '2.1.0') }])
  await page.getByRole('dialog', { name: 'New pack from web-app' }).getByRole('button', { name: 'Create pack' }).click()

  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  const line = (await modelText(page, 'values.yaml')).split('\n').indexOf('    replicaCount: 1') + 1
  expect(line).toBeGreaterThan(0)
  await placeCursorAtLineEnd(page, line)
  await page.keyboard.press('Backspace')
  await page.keyboard.type('3')
  await expect.poll(async () => modelText(page, 'values.yaml')).toContain('    replicaCount: 3\n')

  const newValues = VALUES.replace('# Default values for web-app.', '# Default values for web-app 1.5.').replace('replicaCount: 1', 'replicaCount: 2')
  await page.getByLabel('Chart archive (.tgz)').setInputFiles({ name: 'web-app-1.5.0.tgz', mimeType: 'application/gzip', buffer: Buffer.from(await webAppChart('1.5.0', '2.2.0', newValues)) })
  const bump = page.getByRole('dialog', { name: 'Replace web-app 1.4.0 with 1.5.0?' })
  const conflict = bump.getByRole('list', { name: 'Conflicts' }).getByRole('listitem')
  await expect(conflict).toHaveCount(1)
  await expect(conflict).toContainText('replicaCount: was 1, yours 3, new chart 2')
  await expect(conflict.getByRole('radio', { name: 'Keep mine' })).toBeChecked()
  await bump.getByRole('button', { name: 'Replace and carry values over' }).click()

  const tree = page.getByRole('tree', { name: 'Pack files' })
  await expect(tree.getByRole('treeitem', { name: /^web-app-1\.5\.0\.tgz/ })).toBeVisible()
  await expect(tree.getByRole('treeitem', { name: /^web-app-1\.4\.0\.tgz/ })).toHaveCount(0)
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  const values = await modelText(page, 'values.yaml')
  expect(values).toContain('  web-app:\n    # Default values for web-app 1.5.\n\n    replicaCount: 3\n')
  await tree.getByRole('treeitem', { name: /^pack\.json/ }).click()
  await expect(page.getByRole('button', { name: 'Edit as JSON' })).toBeVisible()
  await openInEditor(page, /^pack\.json/, 'pack.json')
  expect(JSON.parse(await modelText(page, 'pack.json'))).toMatchObject({ charts: ['charts/web-app-1.5.0.tgz'] })
})

test('every template opens as a draft, and downloads with 0 errors once a logo is generated', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  for (const template of PACK_TEMPLATES) {
    // The start page offers every template; once a draft is open, the New pack menu does.
    const start = page.getByRole('button', { name: `New ${template.label.replace(/^M/, 'm')}` })
    if (await start.count() > 0) {
      await start.click()
    } else {
      await page.getByRole('button', { name: 'New pack', exact: true }).click()
      await page.getByRole('menu', { name: 'New pack' }).getByRole('menuitem', { name: template.label, exact: true }).click()
    }
    const packJson = JSON.parse(decodeText((await packFromTemplate(template.id)).files.get('pack.json') ?? new Uint8Array())) as { displayName: string }
    await expect(page.getByRole('banner')).toContainText(packJson.displayName)
    await expect(page.getByRole('button', { name: 'Add a logo' })).toBeVisible()
    await expect(page.getByRole('tree', { name: 'Pack files' })).toBeVisible()
    await generateLogo(page)
    await expectDownloadAllowed(page)
    const archive = await downloadArchive(page, 'Download .zip')
    const pack = await readPackArchive(archive.bytes, archive.name)
    expect((await lintPack(pack, { mode: 'author' })).filter((finding) => finding.severity === 'error'), template.id).toEqual([])
    expect(decodeText(pack.files.get('README.md') ?? new Uint8Array()), template.id).toContain('## What to fill in')
  }
})
