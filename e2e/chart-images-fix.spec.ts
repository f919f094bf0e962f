import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { strToU8, zipSync } from 'fflate'
import { chartYaml, makeChartTgz } from '../src/core/testing/chartFixtures'
import { modelText, openInEditor, waitForMarkers } from './support/monaco'

const PACK_JSON = { name: 'web', displayName: 'Web', version: '2.1.0', layer: 'addon', addonType: 'app services', cloudTypes: ['all'], charts: ['charts/web-1.0.0.tgz'] }
const CHART_VALUES = 'image:\n  repository: example/web\n  tag: 2.1.0\nexporter:\n  image: quay.io/example/exporter:0.9.0\ninit:\n  image: busybox:1.36\n'
const VALUES = 'pack:\n  namespace: "web"\n  content:\n    images:\n      - image: docker.io/example/web:2.1.0\ncharts:\n  web: {}\n'

/** Opens a chart pack whose chart names two images its list lacks. */
async function openChartPack(page: Page): Promise<void> {
  const chart = await makeChartTgz({ folder: 'web', chartYaml: chartYaml('web', '1.0.0', '2.1.0'), valuesYaml: CHART_VALUES })
  const zip = zipSync({
    'web-2.1.0/pack.json': strToU8(JSON.stringify(PACK_JSON, null, 2) + '\n'),
    'web-2.1.0/values.yaml': strToU8(VALUES),
    'web-2.1.0/charts/web-1.0.0.tgz': chart,
  })
  await page.goto('/')
  await page.getByLabel('Pack archive to open').setInputFiles({ name: 'web-2.1.0.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) })
  await expect(page.getByRole('banner')).toContainText('Web')
}

const rows = (page: Page) => page.getByRole('region', { name: 'Problems' }).getByRole('listitem').filter({ hasText: 'pack-values/chart-image-unlisted' })

test('images the chart names are added to pack.content.images with one click, or all at once', async ({ page }) => {
  await openChartPack(page)
  await expect(rows(page)).toHaveCount(2)
  const exporter = rows(page).filter({ hasText: 'The chart `web` names the image quay.io/example/exporter:0.9.0 (values: exporter.image)' })
  await expect(rows(page).filter({ hasText: 'names the image docker.io/library/busybox:1.36 (values: init.image)' })).toHaveCount(1)

  await exporter.getByRole('button', { name: /^Fix:/ }).click()
  const menu = page.getByRole('menu', { name: 'Fixes' })
  await expect(menu.getByRole('menuitem')).toHaveText(['Add quay.io/example/exporter:0.9.0 to pack.content.images', 'Fix all 2 of this kind'])
  await menu.getByRole('menuitem', { name: 'Add quay.io/example/exporter:0.9.0 to pack.content.images' }).click()
  await expect(rows(page)).toHaveCount(1)
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  expect(await modelText(page, 'values.yaml')).toBe(VALUES.replace('web:2.1.0\n', 'web:2.1.0\n      - image: quay.io/example/exporter:0.9.0\n'))
  await waitForMarkers(page, 'values.yaml', (markers) => markers.filter((marker) => marker.message.includes('chart-image-unlisted') || marker.message.includes('names the image')).length === 1)

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(rows(page)).toHaveCount(2)
  await rows(page).first().getByRole('button', { name: /^Fix:/ }).click()
  await page.getByRole('menu', { name: 'Fixes' }).getByRole('menuitem', { name: 'Fix all 2 of this kind' }).click()
  await expect(rows(page)).toHaveCount(0)
  // Both entries follow the listed one, in the order the fixes ran; nothing else in the file changed.
  const fixed = await modelText(page, 'values.yaml')
  const added = ['      - image: quay.io/example/exporter:0.9.0\n', '      - image: docker.io/library/busybox:1.36\n']
  expect([VALUES.replace('web:2.1.0\n', `web:2.1.0\n${added.join('')}`), VALUES.replace('web:2.1.0\n', `web:2.1.0\n${[...added].reverse().join('')}`)]).toContain(fixed)
  await waitForMarkers(page, 'values.yaml', (markers) => markers.every((marker) => !marker.message.includes('names the image')))
})
