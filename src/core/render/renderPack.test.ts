import { describe, expect, it } from 'vitest'
import { chartYaml, makeChartTgz } from '../testing/chartFixtures'
import { makePack } from '../testing/packFixtures'
import { testRenderEngine } from '../testing/renderEngine'
import { renderPack } from './renderPack'

const engine = testRenderEngine()

const deployment = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: {{ .Release.Name }}-{{ .Chart.Name }}',
  '  namespace: {{ .Release.Namespace }}',
  '  labels:',
  '    revision: {{ printf "%d" .Release.Revision | quote }}',
  '    cluster: {{ .Values.clusterName | quote }}',
  'spec:',
  '  replicas: {{ .Values.replicas }}',
  '{{- if .Capabilities.APIVersions.Has "policy/v1" }}',
  '---',
  'apiVersion: policy/v1',
  'kind: PodDisruptionBudget',
  'metadata:',
  '  name: {{ include "app.name" . }}',
  '{{- end }}',
].join('\n')

async function appPack(values: string, templates: Record<string, string> = { 'templates/deploy.yaml': deployment }) {
  const chart = await makeChartTgz({
    folder: 'app',
    chartYaml: chartYaml('app', '1.0.0'),
    valuesYaml: 'replicas: 1\nclusterName: none\n',
    files: { 'templates/_helpers.tpl': '{{ define "app.name" }}pdb-{{ .Chart.Name }}{{ end }}', ...templates },
  })
  return makePack({ 'values.yaml': values, 'charts/app-1.0.0.tgz': chart })
}

describe('renderPack', () => {
  it('renders a chart with its charts.<folder> values, typed .Release/.Chart, Helm capabilities and Palette macros', async () => {
    const pack = await appPack('pack:\n  namespace: apps\ncharts:\n  app:\n    replicas: 3\n    clusterName: "{{ .spectro.system.cluster.name }}"\n')
    const result = await renderPack(pack, engine)
    expect(result.findings).toEqual([])
    expect(result.documents).toEqual([
      {
        source: 'chart',
        owner: 'charts/app-1.0.0.tgz',
        template: 'app/templates/deploy.yaml',
        index: 0,
        text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-app\n  namespace: apps\n  labels:\n    revision: "1"\n    cluster: "sample-cluster"\nspec:\n  replicas: 3',
      },
      { source: 'chart', owner: 'charts/app-1.0.0.tgz', template: 'app/templates/deploy.yaml', index: 1, text: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: pdb-app' },
    ])
  })

  it('applies --set overrides and a chosen Kubernetes version', async () => {
    const pack = await appPack('charts:\n  app: {}\n', { 'templates/cm.yaml': 'kind: ConfigMap\ndata:\n  kube: {{ .Capabilities.KubeVersion.Version }}\n  replicas: "{{ .Values.replicas }}"' })
    const result = await renderPack(pack, engine, { kubeVersion: 'v1.28.3', set: ['charts.app.replicas=7'] })
    expect(result.documents.map((document) => document.text)).toEqual(['kind: ConfigMap\ndata:\n  kube: v1.28.3\n  replicas: "7"'])
  })

  it('reports a required value as input needed, at the template line', async () => {
    const pack = await appPack('charts:\n  app:\n    auth: {}\n', { 'templates/secret.yaml': 'kind: Secret\nstringData:\n  password: {{ required "auth.password is required" .Values.auth.password }}' })
    const result = await renderPack(pack, engine)
    expect(result.documents).toEqual([])
    expect(result.findings).toEqual([
      {
        ruleId: 'render/input-needed',
        severity: 'warning',
        file: 'charts/app-1.0.0.tgz',
        message: 'app/templates/secret.yaml:3:15: auth.password is required (value auth.password)',
        hint: 'Set the value under this chart in values.yaml, or expose it to users in presets or schema.yaml.',
      },
    ])
  })

  it('templates a manifest with its manifests.<stem> values and the .Spectro scope; one without values is used as it is', async () => {
    const pack = makePack({
      'values.yaml': 'manifests:\n  app:\n    replicas: 2\n',
      'manifests/app.yaml': 'kind: Deployment\nspec:\n  replicas: {{ .Values.replicas }}\n  cluster: {{ .Spectro.cluster }}\n',
      'manifests/workflow.yaml': 'kind: ConfigMap\ndata:\n  name: "{{workflow.name}}"\n',
    })
    const result = await renderPack(pack, engine)
    expect(result.findings).toEqual([])
    expect(result.documents).toEqual([
      { source: 'manifest', owner: 'manifests/app.yaml', template: 'manifests/app.yaml', index: 0, text: 'kind: Deployment\nspec:\n  replicas: 2\n  cluster: sample-cluster' },
      { source: 'manifest', owner: 'manifests/workflow.yaml', template: 'manifests/workflow.yaml', index: 0, text: 'kind: ConfigMap\ndata:\n  name: "{{workflow.name}}"' },
    ])
  })

  it('uses a manifest with manifests.<stem> values but no template action as it is, without the engine', async () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\n---\nkind: Secret\n'
    const pack = makePack({ 'values.yaml': 'manifests:\n  plain:\n    replicas: 2\n', 'manifests/plain.yaml': text })
    const requests: unknown[] = []
    const counting: typeof engine = { render: async (request) => { requests.push(request); return engine.render(request) } }
    const direct = await renderPack(pack, counting)
    expect(requests).toEqual([])
    expect(direct.findings).toEqual([])
    // What the engine gives for the same text once it holds an action that prints nothing.
    const templated = await renderPack(makePack({ 'values.yaml': 'manifests:\n  plain:\n    replicas: 2\n', 'manifests/plain.yaml': `{{- /* none */ -}}\n${text}` }), counting)
    expect(requests).toHaveLength(1)
    expect(direct.documents).toEqual(templated.documents)
    expect(direct.documents.map((document) => document.text)).toEqual(['apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain', 'kind: Secret'])
  })

  it('places a manifest template error at its line and column', async () => {
    const pack = makePack({ 'values.yaml': 'manifests:\n  app: {}\n', 'manifests/app.yaml': 'kind: A\nspec:\n  x: {{ .Values.a | nosuchfunction }}\n' })
    const result = await renderPack(pack, engine)
    expect(result.findings).toEqual([
      { ruleId: 'render/template-error', severity: 'error', file: 'manifests/app.yaml', line: 3, message: 'the template does not parse: function "nosuchfunction" not defined' },
    ])
  })

  it('reports a chart archive that cannot be read, and still renders the rest', async () => {
    const pack = makePack({ 'values.yaml': 'manifests:\n  app: {}\n', 'charts/broken-1.0.0.tgz': new Uint8Array([1, 2, 3]), 'manifests/app.yaml': 'kind: A\n' })
    const result = await renderPack(pack, engine)
    expect(result.documents.map((document) => document.owner)).toEqual(['manifests/app.yaml'])
    expect(result.findings).toEqual([
      { ruleId: 'render/chart-unrenderable', severity: 'error', file: 'charts/broken-1.0.0.tgz', message: 'charts/broken-1.0.0.tgz: the file is not gzip-compressed, so it is not a packaged Helm chart' },
    ])
  })

  it('gives fixed material for crypto and random generators, so two renders are the same', async () => {
    const pack = await appPack('charts:\n  app: {}\n', { 'templates/tls.yaml': 'kind: Secret\ndata:\n  ca: {{ (genCA "ca" 365).Cert | b64enc | trunc 16 }}\n  pw: {{ randAlphaNum 12 }}\n  id: {{ uuidv4 }}' })
    const first = await renderPack(pack, engine)
    const second = await renderPack(pack, engine)
    expect(first.documents[0]?.text).toMatch(/^kind: Secret\ndata:\n {2}ca: LS0tLS1CRUdJTiBD\n {2}pw: [A-Za-z0-9]{12}\n {2}id: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(second.documents).toEqual(first.documents)
  })
})
