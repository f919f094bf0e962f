import { expect, test } from '@playwright/test'
import { modelText, openInEditor, placeCursorAtLineEnd, waitForMarkers } from './support/monaco'

const ERROR = 8

test('broken YAML typed into values.yaml gets an error marker on its line', async ({ page }) => {
  await page.goto('/')
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  expect(await modelText(page, 'values.yaml')).toContain('  namespace: demo\n')

  // Line 3 is `  namespace: demo`; a second `key: value` on the same line is a YAML syntax error.
  await placeCursorAtLineEnd(page, 3)
  await page.keyboard.type(' extra: x')

  const markers = await waitForMarkers(page, 'values.yaml', (all) => all.some((marker) => marker.severity === ERROR && marker.line === 3))
  expect(markers.filter((marker) => marker.severity === ERROR).map((marker) => marker.line)).toContain(3)
  expect(await modelText(page, 'values.yaml')).toContain('  namespace: demo extra: x\n')
})

test('values.yaml is checked against the pack values schema', async ({ page }) => {
  await page.goto('/')
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  await page.evaluate(() => {
    const monaco = window.__packBuilderMonaco
    monaco?.editor.getModel(monaco.Uri.parse('file:///values.yaml'))?.setValue('pack:\n  namespace: Not_Valid\n')
  })
  await waitForMarkers(page, 'values.yaml', (all) => all.some((marker) => marker.owner === 'yaml' && marker.line === 2))
})
