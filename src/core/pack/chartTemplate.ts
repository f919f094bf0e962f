import { writeChartTgz } from '../chart/writeChartTgz'
import { setChartDefaultValues } from '../values/valuesEdit'
import { starterPackFiles } from './starterPack'

const CHART_NAME = 'hello-chart'
const CHART_VERSION = '0.1.0'

/** The starter chart's values.yaml: what its Deployment template reads. */
export const STARTER_CHART_VALUES = [
  '# How many pods run the app.',
  'replicaCount: 1',
  '',
  'image:',
  '  repository: docker.io/library/nginx',
  '  # Empty: the chart uses its appVersion.',
  '  tag: ""',
  '',
  'service:',
  '  port: 80',
  '',
].join('\n')

const STARTER_CHART_FILES: Readonly<Record<string, string>> = {
  'Chart.yaml': `apiVersion: v2\nname: ${CHART_NAME}\ndescription: A starter chart; replace it with yours.\ntype: application\nversion: ${CHART_VERSION}\nappVersion: "1.27"\n`,
  'values.yaml': STARTER_CHART_VALUES,
  'templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}',
    'spec:',
    '  replicas: {{ .Values.replicaCount }}',
    '  selector:',
    '    matchLabels:',
    '      app.kubernetes.io/instance: {{ .Release.Name }}',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app.kubernetes.io/instance: {{ .Release.Name }}',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
    '          ports:',
    '            - containerPort: {{ .Values.service.port }}',
    '',
  ].join('\n'),
}

/**
 * A Helm chart add-on pack holding a small starter chart (so it lints clean and shows the layout),
 * its defaults under `charts.hello-chart`, and a README saying how to put the real chart in.
 */
export async function chartTemplateFiles(): Promise<Record<string, string | Uint8Array>> {
  const starter = starterPackFiles('chart', { name: 'my-chart' })
  const chartPath = `charts/${CHART_NAME}-${CHART_VERSION}.tgz`
  const packJson = JSON.parse(starter['pack.json'] ?? '{}') as Record<string, unknown>
  const values = (starter['values.yaml'] ?? '')
    .replace('    # List the images of your chart here, one `- image: <reference>` each.\n    images: []', '    images:\n      - image: "docker.io/library/nginx:1.27"')
  return {
    'pack.json': `${JSON.stringify({ ...packJson, charts: [chartPath] }, null, 2)}\n`,
    'values.yaml': setChartDefaultValues(values, CHART_NAME, STARTER_CHART_VALUES),
    [chartPath]: await writeChartTgz(CHART_NAME, STARTER_CHART_FILES),
    'README.md': [
      '# My Chart',
      '',
      'A Helm chart add-on pack. It holds a small starter chart, `hello-chart`, to show the layout.',
      '',
      '## What to fill in',
      '',
      '- Drop your chart (`helm package` output, a `.tgz`) on the file tree, then remove `charts/hello-chart-0.1.0.tgz` and `charts.hello-chart` in values.yaml.',
      '- Put your chart\'s defaults under `charts.<its folder>` (the chart panel does it), and list its images in `pack.content.images` ("Check images against charts").',
      '- `name`, `displayName`, `version` and `addonType` in pack.json, and a logo (Generate a logo, or upload one).',
      '',
      '## Usage',
      '',
      'Add the pack to a cluster profile in Palette and review its values under `charts`.',
      '',
    ].join('\n'),
  }
}
