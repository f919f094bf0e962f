import { expect, test } from '@playwright/test'
import { openInEditor, waitForMarkers } from './support/monaco'
import { startManifestPack } from './support/start'

// Manifests are Go templates: `{{ if }}` lines are not YAML until Palette renders them.
const TEMPLATE = [
  '{{ if .Values.replicas }}',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: {{ .Values.image | quote }}',
  '{{- end }}',
  '---',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: [unclosed',
  '',
].join('\n')

test('a templated manifest is not flooded with YAML errors; a real mistake is still marked on its line', async ({ page }) => {
  await startManifestPack(page)
  await openInEditor(page, /^my-app\.yaml/, 'manifests/my-app.yaml')
  await page.evaluate((text) => {
    const monaco = window.__packBuilderMonaco
    monaco?.editor.getModel(monaco.Uri.parse('file:///manifests/my-app.yaml'))?.setValue(text)
  }, TEMPLATE)
  const markers = await waitForMarkers(page, 'manifests/my-app.yaml', (all) => all.some((marker) => marker.owner === 'pack-builder' && marker.line >= 10))
  expect(markers.filter((marker) => marker.owner !== 'pack-builder')).toEqual([])
  expect(markers.map((marker) => marker.message)).toContainEqual(expect.stringMatching(/^Document 2 of manifests\/my-app\.yaml is not valid YAML: /))
  expect(markers.filter((marker) => marker.line < 7)).toEqual([])
})
