import { expect, test } from '@playwright/test'
import { modelText, openInEditor, placeCursorAtLineEnd, waitForMarkers } from './support/monaco'
import { startManifestPack } from './support/start'

const ERROR = 8

test('broken YAML typed into values.yaml gets an error marker on its line', async ({ page }) => {
  await startManifestPack(page)
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  const lines = (await modelText(page, 'values.yaml')).split('\n')
  const line = lines.findIndex((text) => text.startsWith('  namespace:')) + 1
  expect(line).toBeGreaterThan(0)

  // A second `key: value` on the namespace line is a YAML syntax error.
  await placeCursorAtLineEnd(page, line)
  await page.keyboard.type(' extra: x')

  const markers = await waitForMarkers(page, 'values.yaml', (all) => all.some((marker) => marker.owner === 'pack-builder' && marker.severity === ERROR && marker.line === line))
  const onLine = markers.filter((marker) => marker.owner === 'pack-builder' && marker.severity === ERROR && marker.line === line)
  expect(onLine.map((marker) => marker.message)).toContainEqual(expect.stringMatching(/^values\.yaml is not valid YAML: /))
  expect((await modelText(page, 'values.yaml')).split('\n')[line - 1]).toBe(`${lines[line - 1] ?? ''} extra: x`)
})

test('values.yaml is checked against the pack values schema', async ({ page }) => {
  await startManifestPack(page)
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  await page.evaluate(() => {
    const monaco = window.__packBuilderMonaco
    monaco?.editor.getModel(monaco.Uri.parse('file:///values.yaml'))?.setValue('pack:\n  namespace: Not_Valid\n')
  })
  const markers = await waitForMarkers(page, 'values.yaml', (all) => all.some((marker) => marker.owner === 'yaml' && marker.line === 2))
  // monaco-yaml's message for the schema's namespace pattern names the offending value's rule.
  expect(markers.filter((marker) => marker.owner === 'yaml' && marker.line === 2).map((marker) => marker.message)).toContainEqual(expect.stringMatching(/pattern/i))
})
