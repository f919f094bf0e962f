import { expect, test } from '@playwright/test'
import { openInEditor } from './support/monaco'
import { startManifestPack } from './support/start'

test('README.md is previewed beside its editor without loading remote images', async ({ page }) => {
  const outside: string[] = []
  await page.context().route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/).*/, async (route) => {
    outside.push(route.request().url())
    await route.abort()
  })
  await startManifestPack(page)
  await openInEditor(page, /^README\.md/, 'README.md')
  await page.evaluate(() => {
    const monaco = window.__packBuilderMonaco
    monaco?.editor.getModel(monaco.Uri.parse('file:///README.md'))?.setValue([
      '# Demo pack',
      '',
      '![diagram](https://example.com/diagram.png)',
      '',
      '<img src="http://tracker.example/pixel.gif" onerror="window.__hacked = true">',
      '<p style="background:url(https://example.com/bg.png)">styled</p>',
      '<script>window.__hacked = true</script>',
      '',
    ].join('\n'))
  })

  const preview = page.getByRole('region', { name: 'README preview' })
  await expect(preview.getByRole('heading', { name: 'Demo pack' })).toBeVisible()
  const images = preview.locator('img')
  await expect(images).toHaveCount(2)
  for (const image of await images.all()) {
    await expect(image).not.toHaveAttribute('src')
    await expect(image).toHaveAttribute('data-blocked-src', /^https?:\/\/.+/)
  }
  await expect(preview.locator('[style], script')).toHaveCount(0)
  expect(await page.evaluate(() => 'HACKED' in window || '__hacked' in window)).toBe(false)
  expect(outside).toEqual([])
})
