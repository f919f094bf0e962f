import { expect, test } from '@playwright/test'
import { modelText, openInEditor, placeCursorAtLineEnd, waitForMarkers } from './support/monaco'
import { startManifestPack } from './support/start'

const ERROR = 8

test('broken YAML in values.yaml is a problem with its line, a marker, a tree badge, and a click goes back to it', async ({ page }) => {
  await startManifestPack(page)
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  const line = (await modelText(page, 'values.yaml')).split('\n').findIndex((text) => text.startsWith('  namespace:')) + 1
  await placeCursorAtLineEnd(page, line)
  await page.keyboard.type(' extra: x')

  // The YAML parser may report more than one error for the line; the first one is enough.
  const problem = page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /pack-values\/syntax/ }).filter({ hasText: `values.yaml:${line}` }).first()
  await expect(problem).toContainText('values.yaml is not valid YAML: ')
  await expect(problem).toContainText(new RegExp(`pack-values/syntaxvalues\\.yaml:${line}$`))
  const markers = await waitForMarkers(page, 'values.yaml', (all) => all.some((marker) => marker.owner === 'pack-builder' && marker.severity === ERROR && marker.line === line))
  // The marker says what the problem says.
  const marker = markers.find((candidate) => candidate.owner === 'pack-builder' && candidate.line === line)
  expect(marker?.message).toMatch(/^values\.yaml is not valid YAML: /)
  await expect(problem).toContainText(marker?.message ?? '')
  await expect(page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^values\.yaml, .*\berrors?\b/ })).toBeVisible()

  // Move away, then let the problem bring the cursor back to its line.
  await page.evaluate(() => { window.__packBuilderMonaco?.editor.getEditors()[0]?.setPosition({ lineNumber: 1, column: 1 }) })
  await problem.click()
  await expect.poll(() => page.evaluate(() => {
    const editor = window.__packBuilderMonaco?.editor.getEditors()[0]
    return editor?.hasTextFocus() === true ? editor.getPosition()?.lineNumber : undefined
  })).toBe(line)
})

test('a problem in a file that is not open opens it at the line', async ({ page }) => {
  await startManifestPack(page)
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  const line = (await modelText(page, 'values.yaml')).split('\n').findIndex((text) => text.startsWith('  namespace:')) + 1
  await page.evaluate((lineNumber) => {
    const model = window.__packBuilderMonaco?.editor.getEditors()[0]?.getModel()
    model?.pushEditOperations([], [{ range: { startLineNumber: lineNumber, startColumn: 1, endLineNumber: lineNumber, endColumn: model.getLineMaxColumn(lineNumber) }, text: '  namespace: Not_Valid' }], () => null)
  }, line)
  await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: /^README\.md/ }).click()

  const problem = page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /pack-values\/namespace-format/ })
  await expect(problem).toContainText('The namespace "Not_Valid" may only hold lowercase letters, digits and `-`, and must start and end with a letter or digit.')
  await expect(problem).toContainText(new RegExp(`pack-values/namespace-formatvalues\\.yaml:${line}$`))
  await problem.click()
  await expect(page.getByRole('treeitem', { name: /^values\.yaml/ })).toHaveAttribute('aria-selected', 'true')
  await expect.poll(() => page.evaluate(() => {
    const editor = window.__packBuilderMonaco?.editor.getEditors()[0]
    return editor?.getModel()?.uri.path === '/values.yaml' && editor.hasTextFocus() ? editor.getPosition()?.lineNumber : undefined
  })).toBe(line)
})
