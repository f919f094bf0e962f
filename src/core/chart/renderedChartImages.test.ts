import { describe, expect, it } from 'vitest'
import { chartYaml, makeChartTgz } from '../testing/chartFixtures'
import { makePack } from '../testing/packFixtures'
import { testRenderEngine } from '../testing/renderEngine'
import { findRenderedChartImages } from './renderedChartImages'

const engine = testRenderEngine()

const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: {{ .Release.Name }}',
  'spec:',
  '  selector: {matchLabels: {app: web}}',
  '  template:',
  '    metadata: {labels: {app: web}}',
  '    spec:',
  '      initContainers:',
  '        - name: init',
  '          image: "{{ .Values.registry }}/init:v{{ .Chart.AppVersion }}"',
  '      containers:',
  '        - name: web',
  '          image: "{{ .Values.registry }}/web:{{ .Values.tag | default (printf "v%s" .Chart.AppVersion) }}"',
  '{{- if .Values.metrics.enabled }}',
  '        - name: metrics',
  '          image: quay.io/example/exporter:1.0',
  '{{- end }}',
  '',
].join('\n')

async function pack(values: string) {
  const chart = await makeChartTgz({
    folder: 'web',
    chartYaml: chartYaml('web', '1.0.0', '2.3.4'),
    valuesYaml: 'registry: ghcr.io/example\ntag: ""\nmetrics:\n  enabled: false\n',
    files: { 'templates/deployment.yaml': DEPLOYMENT },
  })
  return makePack({ 'pack.json': { name: 'web', version: '2.3.4', layer: 'addon', charts: ['charts/web-1.0.0.tgz'] }, 'values.yaml': values, 'charts/web-1.0.0.tgz': chart })
}

describe('findRenderedChartImages', () => {
  it("finds the images the chart's templates build, with the pack's values", async () => {
    expect(await findRenderedChartImages(await pack('pack:\n  namespace: web\n'), engine)).toEqual([
      { image: 'ghcr.io/example/init:v2.3.4', sources: ['rendered: web/templates/deployment.yaml'] },
      { image: 'ghcr.io/example/web:v2.3.4', sources: ['rendered: web/templates/deployment.yaml'] },
    ])
    const enabled = await findRenderedChartImages(await pack('charts:\n  web:\n    metrics:\n      enabled: true\n'), engine)
    expect(enabled.map((image) => image.image)).toContain('quay.io/example/exporter:1.0')
  })

  it('names no image when the values cannot be read, so nothing renders', async () => {
    expect(await findRenderedChartImages(await pack('charts:\n  web:\n    registry: [\n'), engine)).toEqual([])
  })
})
