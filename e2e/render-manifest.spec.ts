import { expect, test } from '@playwright/test'
import { openStartPage } from './helpers'
import { zipOfFolders, validPackFiles } from './support/packArchives'
import { openInEditor, waitForMarkers } from './support/monaco'
import { FIRST_RENDER_MS, RENDER_TEST_MS, openPackZip, openRenderedView, waitForRenderedMarkers } from './support/renderPacks'

const MANIFEST = 'manifests/hello-app.yaml'
const ERROR = 8

// The shared valid pack's Deployment, with a typo'd field and a string where a number belongs.
const TYPO_MANIFEST = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: hello-app',
  'spec:',
  '  replicas: "three"',
  '  selector:',
  '    matchLabels:',
  '      app: hello-app',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: hello-app',
  '    spec:',
  '      contianers:',
  '        - name: hello-app',
  '          image: ghcr.io/example/hello-app:1.0.0',
  '',
].join('\n')

test('a manifest with a typo\'d field and a wrong type gets the schema errors at its lines, in the manifest editor and in the Rendered view', async ({ page }) => {
  test.setTimeout(RENDER_TEST_MS)
  await openStartPage(page)
  const zip = zipOfFolders({ 'typo-app-1.0.0': validPackFiles('typo-app', { [MANIFEST]: TYPO_MANIFEST, 'values.yaml': 'pack:\n  namespace: "typo-app"\n  content:\n    images:\n      - image: ghcr.io/example/hello-app:1.0.0\n' }) })
  await openPackZip(page, 'typo-app-1.0.0.zip', zip, 'typo-app')

  const problems = page.getByRole('region', { name: 'Problems' }).getByRole('region', { name: `Problems in ${MANIFEST}` })
  await expect(problems.getByRole('button', { name: /rendered\/schema/ }).first()).toContainText('`spec.replicas`: must be of type integer', { timeout: FIRST_RENDER_MS })
  await expect(problems.getByRole('button', { name: /rendered\/unknown-field/ })).toContainText('contianers')

  await openInEditor(page, /^hello-app\.yaml/, MANIFEST)
  const markers = await waitForMarkers(page, MANIFEST, (all) => all.some((marker) => marker.severity === ERROR && marker.line === 6) && all.some((marker) => marker.line === 15), FIRST_RENDER_MS)
  expect(markers.filter((marker) => marker.line === 6).map((marker) => marker.message)).toContainEqual(expect.stringMatching(/`spec\.replicas`: must be of type integer/))
  expect(markers.filter((marker) => marker.line === 15).map((marker) => marker.message)).toContainEqual(expect.stringMatching(/contianers/))

  await openRenderedView(page)
  // In the Rendered view the document starts after its `---` and `# Source:` lines.
  const rendered = await waitForRenderedMarkers(page, MANIFEST, (all) => all.some((marker) => marker.line === 8) && all.some((marker) => marker.line === 17))
  expect(rendered.filter((marker) => marker.line === 8).map((marker) => marker.message)).toContainEqual(expect.stringMatching(/`spec\.replicas`/))
})
