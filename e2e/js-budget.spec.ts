import { expect, test } from '@playwright/test'
import { openStartPage } from './helpers'
import { describeScripts, pageScriptBytes, readBundleReport, recordScripts, sizeScripts } from './support/jsBudget'

// JavaScript budgets, gzip, of what the page actually loads (not of what is in dist/): the start page
// needs no form, YAML, archive or lint code; the builder with its form stays small until an editor
// opens Monaco. Lint and archive workers run off the main thread and are listed, not counted.
const START_PAGE_BUDGET = 150 * 1024
const BUILDER_BUDGET = 250 * 1024

test('the start page and the builder with its form stay within their JavaScript budgets', async ({ page }) => {
  const chunks = readBundleReport()
  const scripts = recordScripts(page)

  await openStartPage(page)
  await expect(page.getByRole('button', { name: /^New manifest add-on pack/i })).toBeVisible()
  // Lazy parts start right after the first render; let them come before counting.
  await page.waitForLoadState('networkidle')
  const startPage = sizeScripts(scripts.take(), chunks)
  const startReport = describeScripts('Start page', startPage)
  console.log(startReport)

  await page.getByRole('button', { name: /^New manifest add-on pack/i }).click()
  await expect(page.getByRole('region', { name: 'pack.json' }).getByRole('textbox', { name: /^Name/ })).toBeVisible()
  await expect(page.getByRole('tree', { name: 'Pack files' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  const builder = [...startPage, ...sizeScripts(scripts.take(), chunks)]
  const builderReport = describeScripts('Builder with the pack.json form', builder)
  console.log(builderReport)

  // The form alone must not have pulled Monaco in: that is what "before Monaco" measures.
  expect(builder.map((script) => script.path).filter((path) => /editor\.api|monaco/i.test(path))).toEqual([])
  expect(pageScriptBytes(startPage), startReport).toBeLessThanOrEqual(START_PAGE_BUDGET)
  expect(pageScriptBytes(builder), builderReport).toBeLessThanOrEqual(BUILDER_BUDGET)
})
