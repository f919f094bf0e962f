import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import { chartYaml, makeChartTgz } from '../../src/core/testing/chartFixtures'
import { TINY_PNG } from '../../src/core/testing/packFixtures'
import { zipOfFolders } from './packArchives'
import { waitForModelMarkers } from './monaco'
import type { MarkerSummary } from './monaco'

/** The Deployment the `web` fixture chart renders: a whole one, so only what a test breaks is wrong. */
const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: {{ .Release.Name }}',
  'spec:',
  '  replicas: {{ .Values.replicaCount }}',
  '  selector:',
  '    matchLabels:',
  '      app: web',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: web',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
  '',
].join('\n')

/** A ConfigMap that `required`s the host, as charts do for a value they cannot guess. */
const HOST_CONFIG = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: {{ .Release.Name }}-host',
  'data:',
  '  host: {{ required "host is required: the public host name of the web app" .Values.host | quote }}',
  '',
].join('\n')

/** The chart's own values.schema.json: replicaCount must be an integer, as Helm checks at install. */
const VALUES_SCHEMA = JSON.stringify({
  $schema: 'https://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: { replicaCount: { type: 'integer', minimum: 1 } },
})

export interface WebChartOptions {
  /** Add a template that `required`s `.Values.host`. */
  readonly requiresHost?: boolean
  readonly withSchema?: boolean
}

/** The `web` Helm chart (web-1.0.0.tgz): one Deployment running ghcr.io/example/web:2.0.0. */
export function webChart(options: WebChartOptions = {}): Promise<Uint8Array> {
  return makeChartTgz({
    folder: 'web',
    chartYaml: chartYaml('web', '1.0.0', '2.0.0'),
    valuesYaml: 'replicaCount: 1\nimage:\n  repository: ghcr.io/example/web\n  tag: "2.0.0"\nhost: ""\n',
    files: {
      'templates/deployment.yaml': DEPLOYMENT,
      ...(options.requiresHost === true ? { 'templates/host.yaml': HOST_CONFIG } : {}),
      ...(options.withSchema === true ? { 'values.schema.json': VALUES_SCHEMA } : {}),
    },
  })
}

const encoder = new TextEncoder()

/** A Helm chart add-on pack `web-pack` holding `charts/web-1.0.0.tgz`, as a .zip of its folder. */
export async function webChartPackZip(valuesYaml: string, options: WebChartOptions = {}): Promise<Buffer> {
  const packJson = { name: 'web-pack', displayName: 'Web Pack', version: '1.0.0', layer: 'addon', addonType: 'app services', cloudTypes: ['all'], charts: ['charts/web-1.0.0.tgz'] }
  return zipOfFolders({
    'web-pack-1.0.0': {
      'pack.json': encoder.encode(`${JSON.stringify(packJson, null, 2)}\n`),
      'values.yaml': encoder.encode(valuesYaml),
      'charts/web-1.0.0.tgz': await webChart(options),
      'logo.png': TINY_PNG,
      'README.md': encoder.encode('# Web Pack\n'),
    },
  })
}

/** Opens a pack archive through the header's Open menu, as a user picking a file does. */
export async function openPackZip(page: Page, name: string, zip: Buffer, title: string): Promise<void> {
  await page.getByLabel('Pack archive to open').setInputFiles({ name, mimeType: 'application/zip', buffer: zip })
  await expect(page.getByRole('banner')).toContainText(title)
}

/** Opens the Rendered view from under the file tree. */
export async function openRenderedView(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Pack views' }).getByRole('button', { name: 'Rendered output' }).click()
  // The view's code (Monaco with it) loads on first use.
  await expect(page.getByRole('heading', { name: 'Rendered', exact: true })).toBeVisible({ timeout: FIRST_RENDER_MS })
}

/**
 * How long the first render may take: the engine (about 10 MB of wasm) is downloaded, compiled and
 * started first, which on a busy machine takes far longer than the usual expect timeout.
 */
export const FIRST_RENDER_MS = 90_000

/** The test time a spec that renders needs. */
export const RENDER_TEST_MS = 180_000

/** Polls the markers of a part's rendered output in the Rendered view until `predicate` holds. */
export async function waitForRenderedMarkers(page: Page, part: string, predicate: (markers: MarkerSummary[]) => boolean): Promise<MarkerSummary[]> {
  return waitForModelMarkers(page, `rendered:///${part}`, predicate, FIRST_RENDER_MS)
}

/** The text of a part's rendered output in the Rendered view. */
export async function renderedModelText(page: Page, part: string): Promise<string> {
  return page.evaluate((uri) => window.__packBuilderMonaco?.editor.getModel(window.__packBuilderMonaco.Uri.parse(uri))?.getValue() ?? '', `rendered:///${part}`)
}

/** True for a request of the render engine or its worker. */
export function isRenderEngineRequest(url: string): boolean {
  return /engine[^/]*\.wasm$|renderWorker[^/]*\.js$/.test(new URL(url).pathname)
}
