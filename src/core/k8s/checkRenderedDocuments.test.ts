import { describe, expect, it } from 'vitest'
import { makePack } from '../testing/packFixtures'
import type { RenderedDocument } from '../render/renderTypes'
import { checkRenderedDocuments } from './checkRenderedDocuments'

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:1.25
          imagePullPolicy: IfNotPresent
`

const VALUES = 'pack:\n  content:\n    images:\n      - image: nginx:1.25\n'

function chartDocument(text: string, index = 0, template = 'web/templates/deploy.yaml'): RenderedDocument {
  return { source: 'chart', owner: 'charts/web-1.0.0.tgz', template, index, text }
}

async function check(documents: RenderedDocument[], files: Record<string, string> = {}, kubeVersion?: string) {
  const pack = makePack({ 'values.yaml': VALUES, ...files })
  return checkRenderedDocuments(pack, documents, kubeVersion === undefined ? {} : { kubeVersion })
}

describe('checkRenderedDocuments', () => {
  it('accepts a valid Deployment whose image is listed', async () => {
    expect(await check([chartDocument(DEPLOYMENT)])).toEqual([])
  })

  it('reports an enum violation at the template, document and line', async () => {
    const findings = await check([chartDocument(DEPLOYMENT.replace('IfNotPresent', 'Sometimes'), 2)])
    expect(findings).toEqual([
      {
        ruleId: 'rendered/schema',
        severity: 'error',
        file: 'charts/web-1.0.0.tgz',
        message: 'web/templates/deploy.yaml (document 3, line 16) `spec.template.spec.containers[0].imagePullPolicy`: must be one of "Always", "IfNotPresent", "Never" (Deployment apps/v1 schema).',
        hint: 'Fix the value in the chart values or the manifest that produce it; Kubernetes rejects the object as it is.',
        rendered: { template: 'web/templates/deploy.yaml', index: 2, line: 16, path: 'spec.template.spec.containers[0].imagePullPolicy' },
      },
    ])
  })

  it('reports a wrong type', async () => {
    const findings = await check([chartDocument(DEPLOYMENT.replace('replicas: 2', 'replicas: two'))])
    expect(findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['rendered/schema', 'web/templates/deploy.yaml (document 1, line 6) `spec.replicas`: must be of type integer (Deployment apps/v1 schema).'],
    ])
  })

  it('checks core kinds: a Secret value that is not a string, an unknown Service field', async () => {
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  port: 8080\n'
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n    - port: 80\n      targetport: 8080\n'
    const findings = await check([chartDocument(secret, 0, 'web/templates/secret.yaml'), chartDocument(service, 0, 'web/templates/service.yaml')])
    expect(findings.filter((finding) => finding.ruleId !== 'rendered/image-not-rendered').map((finding) => [finding.ruleId, finding.severity, finding.message, finding.hint])).toEqual([
      ['rendered/schema', 'error', 'web/templates/secret.yaml (document 1, line 6) `stringData.port`: must be of type string (Secret v1 schema).', 'Fix the value in the chart values or the manifest that produce it; Kubernetes rejects the object as it is.'],
      ['rendered/unknown-field', 'warning', 'web/templates/service.yaml (document 1, line 8) `spec.ports[0].targetport`: Service has no field `targetport` here; Kubernetes ignores it.', 'Did you mean `targetPort`?'],
    ])
  })

  it('reports an unknown field with the nearest known name, at the exact line of an untemplated manifest', async () => {
    const text = DEPLOYMENT.replace('  replicas: 2', '  replica: 2')
    const manifest = `# a comment\n---\n${text}`
    const findings = await check([{ source: 'manifest', owner: 'manifests/web.yaml', template: 'manifests/web.yaml', index: 0, text }], { 'manifests/web.yaml': manifest })
    expect(findings).toEqual([
      {
        ruleId: 'rendered/unknown-field',
        severity: 'warning',
        file: 'manifests/web.yaml',
        line: 8,
        column: 3,
        message: '`spec.replica`: Deployment has no field `replica` here; Kubernetes ignores it.',
        hint: 'Did you mean `replicas`?',
        rendered: { template: 'manifests/web.yaml', index: 0, line: 6, path: 'spec.replica' },
      },
    ])
  })

  it('names the rendered line for a templated manifest, whose lines shift', async () => {
    const text = DEPLOYMENT.replace('  replicas: 2', '  replica: 2')
    const findings = await check(
      [{ source: 'manifest', owner: 'manifests/web.yaml', template: 'manifests/web.yaml', index: 0, text }],
      { 'manifests/web.yaml': `{{- if .Values.enabled }}\n${text.replace('replica: 2', 'replica: {{ .Values.replicas }}')}{{- end }}\n` },
    )
    expect(findings.map((finding) => [finding.file, finding.line, finding.message])).toEqual([
      ['manifests/web.yaml', undefined, 'manifests/web.yaml (document 1, line 6) `spec.replica`: Deployment has no field `replica` here; Kubernetes ignores it.'],
    ])
  })

  it('gives exact lines when the rendered text is verbatim in a manifest that has template actions elsewhere', async () => {
    const text = DEPLOYMENT.replace('  replicas: 2', '  replica: 2')
    const findings = await check(
      [{ source: 'manifest', owner: 'manifests/web.yaml', template: 'manifests/web.yaml', index: 0, text }],
      { 'manifests/web.yaml': `{{- if .Values.enabled }}\n${text}{{- end }}\n` },
    )
    expect(findings.map((finding) => [finding.file, finding.line, finding.column, finding.message])).toEqual([
      ['manifests/web.yaml', 7, 3, '`spec.replica`: Deployment has no field `replica` here; Kubernetes ignores it.'],
    ])
  })

  it.each([
    ['1.21', 'warning', 'PodDisruptionBudget policy/v1beta1 is deprecated since Kubernetes 1.21 and removed in 1.25.'],
    ['v1.30.2', 'error', 'PodDisruptionBudget policy/v1beta1 was removed in Kubernetes 1.25; a 1.30 cluster refuses it.'],
  ] as const)('flags a deprecated or removed API for Kubernetes %s', async (kubeVersion, severity, message) => {
    const pdb = 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n'
    const findings = await check([chartDocument(pdb, 0, 'web/templates/pdb.yaml')], {}, kubeVersion)
    expect(findings.filter((finding) => finding.ruleId === 'rendered/deprecated-api')).toEqual([
      {
        ruleId: 'rendered/deprecated-api',
        severity,
        file: 'charts/web-1.0.0.tgz',
        message: `web/templates/pdb.yaml (document 1, line 1) \`apiVersion\`: ${message}`,
        hint: 'Use policy/v1; charts usually pick it with `.Capabilities.APIVersions.Has` or a newer chart version.',
        rendered: { template: 'web/templates/pdb.yaml', index: 0, line: 1, path: 'apiVersion' },
      },
    ])
  })

  it('accepts a current API at an old Kubernetes version and refuses a malformed version', async () => {
    expect(await check([chartDocument(DEPLOYMENT)], {}, '1.16')).toEqual([])
    expect(await check([chartDocument(DEPLOYMENT)], {}, 'latest')).toEqual([
      { ruleId: 'rendered/kube-version', severity: 'error', file: '', message: '"latest" is not a Kubernetes version; write it as 1.30 or v1.30.0.' },
    ])
  })

  it('skips a document that does not parse and one without apiVersion', async () => {
    const findings = await check([chartDocument('a: [\n'), chartDocument('just: data\n')])
    expect(findings.map((finding) => finding.ruleId)).toEqual(['rendered/image-not-rendered'])
  })
})
