import { expect, test } from '@playwright/test'
import { VALID_ADDON_PACK } from '../src/core/testing/packFixtures'
import { openStartPage } from './helpers'
import { validPackFiles, zipOfFolders } from './support/packArchives'
import { FIRST_RENDER_MS, RENDER_TEST_MS, openPackZip, openRenderedView, renderedModelText } from './support/renderPacks'

const MANIFEST = 'manifests/hello-app.yaml'

// The cluster's name reaches the manifest through a values.yaml macro.
const VALUES = [
  'pack:',
  '  namespace: "hello-app"',
  '  content:',
  '    images:',
  '      - image: ghcr.io/example/hello-app:1.0.0',
  'manifests:',
  '  hello-app:',
  '    replicas: 1',
  '    clusterName: "{{ .spectro.system.cluster.name }}"',
  '',
].join('\n')
// The shared valid pack's Deployment, labelled with the cluster's name.
const DEPLOYMENT = VALID_ADDON_PACK[MANIFEST]
if (typeof DEPLOYMENT !== 'string') throw new Error(`the shared valid pack has no ${MANIFEST}`)
const LABELLED_MANIFEST = DEPLOYMENT.replace('  name: hello-app\n', '  name: hello-app\n  labels:\n    cluster: {{ .Values.clusterName | quote }}\n')

test('the macro samples are edited in the Rendered view: the output follows them, a broken sample is named, Reset goes back, and the pack never changes', async ({ page }) => {
  test.setTimeout(RENDER_TEST_MS)
  await openStartPage(page)
  const zip = zipOfFolders({ 'macro-app-1.0.0': validPackFiles('macro-app', { 'values.yaml': VALUES, [MANIFEST]: LABELLED_MANIFEST }) })
  await openPackZip(page, 'macro-app-1.0.0.zip', zip, 'macro-app')
  await openRenderedView(page)
  await expect.poll(() => renderedModelText(page, MANIFEST), { timeout: FIRST_RENDER_MS }).toContain('cluster: "sample-cluster"')

  const view = page.getByRole('region', { name: 'Rendered' })
  await view.getByText('Macro samples').click()
  const samples = view.getByRole('textbox', { name: /macros while rendering/ })
  await expect(samples).toHaveValue(/name: sample-cluster/)

  // A sample that is not YAML is refused with its line, and the output stays as it was.
  await samples.fill('system:\n  cluster: [unclosed\n')
  await view.getByRole('button', { name: 'Apply samples' }).click()
  await expect(view.getByRole('alert')).toContainText(/^Line \d+:/)
  expect(await renderedModelText(page, MANIFEST)).toContain('cluster: "sample-cluster"')

  await samples.fill('system:\n  cluster:\n    name: edge-cluster-7\n')
  await view.getByRole('button', { name: 'Apply samples' }).click()
  await expect(view.getByRole('alert')).toHaveCount(0)
  await expect(view.getByText('Macro samples (edited)')).toBeVisible()
  await expect.poll(() => renderedModelText(page, MANIFEST), { timeout: FIRST_RENDER_MS }).toContain('cluster: "edge-cluster-7"')

  await view.getByRole('button', { name: 'Reset to defaults' }).click()
  await expect(view.getByText('Macro samples (edited)')).toHaveCount(0)
  await expect.poll(() => renderedModelText(page, MANIFEST), { timeout: FIRST_RENDER_MS }).toContain('cluster: "sample-cluster"')
  // Samples are view settings, not pack files.
  await expect(page.getByRole('button', { name: 'Review changes (0)' })).toBeVisible()
})
