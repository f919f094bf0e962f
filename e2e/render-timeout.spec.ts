import { expect, test } from '@playwright/test'
import { openStartPage } from './helpers'
import { validPackFiles, zipOfFolders } from './support/packArchives'
import { FIRST_RENDER_MS, RENDER_TEST_MS, openPackZip, openRenderedView, renderedModelText } from './support/renderPacks'

// Two nested ranges of 10^8 steps: the engine would run for hours.
const ENDLESS = '{{ range until 100000000 }}{{ range until 100000000 }}{{ end }}{{ end }}\n'

test('a manifest whose template never ends is stopped, reported by name, and the rest of the pack still renders', async ({ page }) => {
  // The watchdog's limit is 20 s, and the engine starts twice (the stuck worker is ended).
  test.setTimeout(RENDER_TEST_MS + FIRST_RENDER_MS)
  await openStartPage(page)
  const files = validPackFiles('loop-app', {
    'manifests/a-loop.yaml': ENDLESS,
    'values.yaml': 'pack:\n  namespace: "loop-app"\n  content:\n    images:\n      - image: ghcr.io/example/hello-app:1.0.0\nmanifests:\n  a-loop: {}\n  hello-app:\n    replicas: 1\n',
  })
  await openPackZip(page, 'loop-app-1.0.0.zip', zipOfFolders({ 'loop-app-1.0.0': files }), 'loop-app')
  await openRenderedView(page)

  const timeout = page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /render\/timeout/ })
  await expect(timeout).toContainText('rendering the manifest manifests/a-loop.yaml took longer than 20 s and was stopped', { timeout: FIRST_RENDER_MS + 30_000 })
  const view = page.getByRole('region', { name: 'Rendered' })
  await expect(view.getByRole('button', { name: /^manifests\/a-loop\.yaml/ })).toContainText('stopped: took too long')
  // The manifest after it renders in the fresh worker.
  await expect(view.getByRole('button', { name: /^manifests\/hello-app\.yaml/ })).toContainText('1 document', { timeout: FIRST_RENDER_MS + 30_000 })
  await view.getByRole('button', { name: /^manifests\/hello-app\.yaml/ }).click()
  await expect.poll(() => renderedModelText(page, 'manifests/hello-app.yaml')).toContain('replicas: 1')
  await expect(view.getByRole('status').first()).toContainText(/Rendered in/, { timeout: FIRST_RENDER_MS })
})
