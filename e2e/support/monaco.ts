import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'

/** What a marker looks like to a test (read through `window.__packBuilderMonaco`). */
export interface MarkerSummary {
  readonly owner: string
  readonly severity: number
  readonly line: number
  readonly message: string
}

/** Opens a file from the file tree and waits until its Monaco model exists. */
export async function openInEditor(page: Page, label: string | RegExp, path: string): Promise<void> {
  await page.getByRole('tree', { name: 'Pack files' }).getByRole('treeitem', { name: label }).click()
  // The app shows pack.json as a form first; its JSON view is the Monaco editor.
  // The form loads on first use: wait for its view switch rather than look for it once.
  if (path === 'pack.json') await page.getByRole('button', { name: 'Edit as JSON' }).click()
  await page.waitForFunction((uri) => window.__packBuilderMonaco?.editor.getModel(window.__packBuilderMonaco.Uri.parse(uri)) != null, `file:///${path}`)
}

/** The text of an open file's Monaco model. */
export async function modelText(page: Page, path: string): Promise<string> {
  return page.evaluate((uri) => window.__packBuilderMonaco?.editor.getModel(window.__packBuilderMonaco.Uri.parse(uri))?.getValue() ?? '', `file:///${path}`)
}

/** Polls the markers of the Monaco model at `uri` until `predicate` holds (within `timeout` ms, default the expect timeout), then returns them. */
export async function waitForModelMarkers(page: Page, uri: string, predicate: (markers: MarkerSummary[]) => boolean, timeout?: number): Promise<MarkerSummary[]> {
  let markers: MarkerSummary[] = []
  await expect.poll(async () => {
    markers = await page.evaluate((modelUri) => {
      const monaco = window.__packBuilderMonaco
      if (!monaco) return []
      return monaco.editor.getModelMarkers({ resource: monaco.Uri.parse(modelUri) })
        .map((marker) => ({ owner: marker.owner, severity: marker.severity, line: marker.startLineNumber, message: marker.message }))
    }, uri)
    return predicate(markers)
  }, timeout === undefined ? {} : { timeout }).toBe(true)
  return markers
}

/** Polls the markers of an open file until `predicate` holds (within `timeout` ms, default the expect timeout), then returns them. */
export async function waitForMarkers(page: Page, path: string, predicate: (markers: MarkerSummary[]) => boolean, timeout?: number): Promise<MarkerSummary[]> {
  return waitForModelMarkers(page, `file:///${path}`, predicate, timeout)
}

/** Puts the cursor at a line's end in the open editor and focuses it, for a short typed edit. */
export async function placeCursorAtLineEnd(page: Page, line: number): Promise<void> {
  await page.evaluate((lineNumber) => {
    const editor = window.__packBuilderMonaco?.editor.getEditors()[0]
    const model = editor?.getModel()
    if (!editor || !model) throw new Error('no editor')
    editor.setPosition({ lineNumber, column: model.getLineMaxColumn(lineNumber) })
    editor.focus()
  }, line)
}
