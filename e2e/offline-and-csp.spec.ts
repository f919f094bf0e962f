import { expect, test } from '@playwright/test'
import { downloadArchive, formField, startNewPack, uploadLogo } from './helpers'

const LOCAL = /^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:)/

test('a full flow sends no request off the page origin and violates no Content Security Policy', async ({ page, context }) => {
  const requested: string[] = []
  const aborted: string[] = []
  const cspMessages: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) cspMessages.push(message.text()) })
  await context.route((url) => !LOCAL.test(url.href), async (route) => {
    aborted.push(route.request().url())
    await route.abort()
  })
  await context.addInitScript(() => {
    const violations: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: violations })
    document.addEventListener('securitypolicyviolation', (event) => { violations.push(`${event.violatedDirective} ${event.blockedURI}`) })
  })

  await startNewPack(page, 'manifest add-on pack')
  await formField(page, 'textbox', 'Name').fill('offline-app')
  await formField(page, 'combobox', 'Add-on type').selectOption('ingress')
  await page.getByRole('button', { name: 'Edit as JSON' }).click()
  await page.getByRole('button', { name: 'Form' }).click()
  await uploadLogo(page)
  await page.getByRole('button', { name: 'Push instructions' }).click()
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('button', { name: 'Download .zip' })).toBeEnabled()
  await downloadArchive(page, 'Download .zip')
  await page.reload()
  await expect(page.getByRole('banner')).toContainText('offline-app')
  await page.waitForLoadState('networkidle')

  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
  expect(violations).toEqual([])
  expect(cspMessages).toEqual([])
  expect(aborted).toEqual([])
  expect(requested.filter((url) => !LOCAL.test(url))).toEqual([])
  expect(requested.length).toBeGreaterThan(0)
})
