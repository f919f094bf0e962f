import { expect, test } from '@playwright/test'
import { validPackFiles, zipOfFolders } from './support/packArchives'

test('an opened archive not named after its pack gets the R15 warning, kept across a reload', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Pack archive to open').setInputFiles({ name: 'latest.zip', mimeType: 'application/zip', buffer: zipOfFolders({ 'hello-pack': validPackFiles('hello') }) })
  await expect(page.getByRole('tree', { name: 'Pack files' })).toBeVisible()
  const problems = page.getByRole('region', { name: 'Problems', exact: true })
  const warning = problems.getByRole('button', { name: /files\/archive-name/ }).filter({ hasText: 'The archive is named latest.zip' })
  await expect(warning).toContainText("but pack.json's name and version make it hello-1.0.0.zip")
  await expect(problems.getByRole('button', { name: /files\/archive-name/ }).filter({ hasText: 'holds the pack in the folder hello-pack/' })).toHaveCount(1)

  await page.reload()
  await expect(warning).toContainText("but pack.json's name and version make it hello-1.0.0.zip")
})
