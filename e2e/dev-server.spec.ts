import { expect, test } from '@playwright/test'
import { openInEditor, waitForMarkers } from './support/monaco'
import { startManifestPack } from './support/start'

// Runs against `vite` (the dev server), not the build: CommonJS or worker set-ups that only the
// production bundler handles would break `npm run dev` without any other test noticing.
test('the dev server runs the app: form, lint worker and the YAML editor with its schema', async ({ page }) => {
  // `vite` compiles each module on first request: the YAML worker (prettier and the YAML language
  // service) alone takes tens of seconds on a busy 2-core machine, which the production build does not.
  test.setTimeout(180_000)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await startManifestPack(page)
  await expect(page.getByRole('textbox', { name: /^Name/ }).first()).toHaveValue('my-app')
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  await page.evaluate(() => {
    const monaco = window.__packBuilderMonaco
    monaco?.editor.getModel(monaco.Uri.parse('file:///values.yaml'))?.setValue('pack:\n  namespace: Not_Valid\n')
  })
  // monaco-yaml's worker (owner 'yaml') and the core linter's worker (owner 'pack-builder') both answer.
  const schemaMarkers = await waitForMarkers(page, 'values.yaml', (all) => all.some((marker) => marker.owner === 'yaml' && marker.line === 2), 90_000)
  expect(schemaMarkers.filter((marker) => marker.owner === 'yaml').map((marker) => marker.message)).toContainEqual(expect.stringMatching(/pattern/i))
  const coreMarkers = await waitForMarkers(page, 'values.yaml', (all) => all.some((marker) => marker.owner === 'pack-builder' && marker.line === 2))
  expect(coreMarkers.filter((marker) => marker.owner === 'pack-builder').map((marker) => marker.message)).toContainEqual(
    expect.stringContaining('The namespace "Not_Valid" may only hold lowercase letters, digits and `-`'),
  )
  expect(pageErrors).toEqual([])
})
