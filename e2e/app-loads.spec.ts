import { expect, test } from '@playwright/test'
import { formField, startNewPack } from './helpers'

test('the app loads and shows the product name', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Pack Builder' })).toBeVisible()
})

test('reopening a draft loads each script and stylesheet once, and leaves nothing in the console', async ({ page }) => {
  await startNewPack(page, 'manifest add-on pack')
  const problems: string[] = []
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`) })
  page.on('pageerror', (error) => { problems.push(`uncaught: ${error.message}`) })
  const requested: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (/\.(js|css)$/.test(path)) requested.push(path)
  })

  // A reload reopens the draft: index.html preloads the app (and its stylesheet) and the entry the builder.
  await page.reload()
  await expect(formField(page, 'textbox', 'Name')).toBeEditable()
  // Chromium reports a preload nobody used a few seconds after the load event.
  await page.waitForTimeout(4_000)

  expect(requested.filter((path, index) => requested.indexOf(path) !== index)).toEqual([])
  expect(problems).toEqual([])
})
