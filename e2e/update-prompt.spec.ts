import { appendFile, cp } from 'node:fs/promises'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { formField } from './helpers'
import { serveFolder } from './support/staticServer'

test('a new version announces itself with "Reload to update", and the reload keeps the open draft', async ({ page }, testInfo) => {
  test.setTimeout(180_000)
  // A copy of the build on a server of its own, so this test can deploy a "new version" of it.
  const root = testInfo.outputPath('deployed')
  await cp(resolve('dist'), root, { recursive: true })
  const server = await serveFolder(root)
  try {
    await page.goto(server.url)
    await page.evaluate(async () => { await navigator.serviceWorker.ready })
    await page.reload()
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

    await page.getByRole('button', { name: /^New manifest add-on pack/i }).click()
    await formField(page, 'textbox', 'Display name').fill('Kept Across Update')
    await expect(page.getByRole('banner')).toContainText('Kept Across Update')
    await expect(page.getByRole('status').filter({ hasText: 'A new version of Pack Builder is ready.' })).toHaveCount(0)

    // The checks and the render of the edit finish first. Chromium activates a new service worker only
    // once the old one has no fetch in flight, and the render fetches its engine and the Kubernetes
    // schemas through it: in the full suite, on a loaded machine, that overlapped the click.
    const problems = page.getByRole('region', { name: 'Problems', exact: true })
    await expect(problems).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 })
    await expect(problems.getByText('rendering…')).toHaveCount(0, { timeout: 60_000 })

    // Deploy: the service worker file changes, and the browser's update check finds it.
    await appendFile(`${root}/sw.js`, '\n// the next version\n')
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update() })
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Pack Builder is ready.' })
    await expect(prompt).toBeVisible()

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload to update' }).click()])
    await expect(page.getByRole('banner')).toContainText('Kept Across Update')
    await expect(formField(page, 'textbox', 'Display name')).toHaveValue('Kept Across Update')
    await expect(prompt).toHaveCount(0)
    // The new worker took over: nothing is left waiting.
    await expect.poll(() => page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      return registration?.waiting === null && registration.active !== null
    })).toBe(true)
  } finally {
    await server.close()
  }
})
