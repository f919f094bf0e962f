import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { chartYaml, makeChartTgz } from '../src/core/testing/chartFixtures'
import { modelText, openInEditor, placeCursorAtLineEnd } from './support/monaco'

// Opening a chart, the review and Monaco's first load take a while on a busy machine.
test.describe.configure({ timeout: 120_000 })

const DEFAULTS = [
  '# Default values for web.',
  '',
  '# -- How many pods to run',
  'replicaCount: 1',
  'image:',
  '  # -- Where the web image comes from',
  '  repository: nginx',
  '  tag: "1.27"',
  '',
].join('\n')

/** A pack made from a chart of our own, through the "open a chart" review, with values.yaml open. */
async function chartPackWithValuesOpen(page: Page, files: Readonly<Record<string, string>> = {}): Promise<string> {
  const chart = await makeChartTgz({ folder: 'web', chartYaml: chartYaml('web', '1.0.0', '1.27.0'), valuesYaml: DEFAULTS, files })
  await page.goto('/')
  await page.getByLabel('Pack archive to open').setInputFiles({ name: 'web-1.0.0.tgz', mimeType: 'application/gzip', buffer: Buffer.from(chart) })
  await page.getByRole('dialog', { name: 'New pack from web' }).getByRole('button', { name: 'Create pack' }).click()
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  return modelText(page, 'values.yaml')
}

function lineOf(text: string, line: string): number {
  const index = text.split('\n').indexOf(line)
  expect(index, `values.yaml has the line ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(0)
  return index + 1
}

async function hoverAt(page: Page, line: number, column: number): Promise<void> {
  await page.evaluate(([lineNumber, col]) => {
    const editor = window.__packBuilderMonaco?.editor.getEditors()[0]
    if (!editor) throw new Error('no editor')
    editor.setPosition({ lineNumber, column: col })
    editor.focus()
  }, [line, column] as const)
  // Monaco's "Show Hover" keyboard chord.
  await page.keyboard.press('Control+K')
  await page.keyboard.press('Control+I')
}

test("values.yaml completes and explains a chart's keys under charts.<folder> from its default values", async ({ page }) => {
  const values = await chartPackWithValuesOpen(page)
  expect(values).toContain('charts:\n  web:\n')

  // The user clears the replicaCount line under charts.web and asks for completion there.
  await placeCursorAtLineEnd(page, lineOf(values, '    replicaCount: 1'))
  await page.keyboard.press('Shift+Home')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Control+Space')
  const suggestions = page.locator('.suggest-widget')
  await expect(suggestions.getByRole('option', { name: /replicaCount/ })).toBeVisible()
  await page.keyboard.press('Escape')

  // Hovering a key shows the comment the chart wrote above it.
  await hoverAt(page, lineOf(values, '      repository: nginx'), 9)
  await expect(page.locator('.monaco-hover').filter({ hasText: 'Where the web image comes from' })).toBeVisible()
})

test("values.yaml takes a chart's values.schema.json for completion and hover under charts.<folder>", async ({ page }) => {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: {
      replicaCount: { $ref: '#/definitions/count' },
      image: { type: 'object', properties: { repository: { type: 'string', description: 'Image repository, from the schema' } } },
      autoscaling: { type: 'object', description: 'Scale pods with load', properties: { enabled: { type: 'boolean' } } },
    },
    definitions: { count: { type: 'integer', description: 'Replicas, from the schema' } },
  }
  const values = await chartPackWithValuesOpen(page, { 'values.schema.json': JSON.stringify(schema) })

  await placeCursorAtLineEnd(page, lineOf(values, '    replicaCount: 1'))
  await page.keyboard.press('Shift+Home')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Control+Space')
  await expect(page.locator('.suggest-widget').getByRole('option', { name: /autoscaling/ })).toBeVisible()
  await page.keyboard.press('Escape')

  await hoverAt(page, lineOf(values, '      repository: nginx'), 9)
  await expect(page.locator('.monaco-hover').filter({ hasText: 'Image repository, from the schema' })).toBeVisible()
})
