import { describe, expect, it } from 'vitest'
import { makeChartTgz, chartYaml } from '../testing/chartFixtures'
import { makePack } from '../testing/packFixtures'
import type { RenderedDocument } from '../render/renderTypes'
import { checkRenderedDocuments } from './checkRenderedDocuments'

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [size]
              properties:
                size: { type: string, enum: [small, large] }
                port: { x-kubernetes-int-or-string: true }
                note: { type: string, nullable: true }
                extra: { type: object, x-kubernetes-preserve-unknown-fields: true }
    - name: v1beta1
      served: true
      storage: false
      deprecated: true
      deprecationWarning: example.com/v1beta1 Widget is deprecated; use example.com/v1
      schema:
        openAPIV3Schema: { type: object, x-kubernetes-preserve-unknown-fields: true }
`

const widget = (spec: string, apiVersion = 'example.com/v1') => `apiVersion: ${apiVersion}\nkind: Widget\nmetadata:\n  name: w\nspec:\n${spec}`

function document(text: string, template = 'web/templates/widget.yaml'): RenderedDocument {
  return { source: 'chart', owner: 'charts/web-1.0.0.tgz', template, index: 0, text }
}

async function packWithCrdInChart() {
  const chart = await makeChartTgz({ folder: 'web', chartYaml: chartYaml('web', '1.0.0'), files: { 'crds/widgets.yaml': CRD } })
  return makePack({ 'values.yaml': 'pack: {}\n', 'charts/web-1.0.0.tgz': chart })
}

describe('custom resources', () => {
  it('validates a custom resource against the CRD in the chart crds/ folder', async () => {
    const pack = await packWithCrdInChart()
    expect(await checkRenderedDocuments(pack, [document(widget('  size: small\n  port: 8080\n  note: null\n  extra: { anything: 1 }\n'))])).toEqual([])
    expect(await checkRenderedDocuments(pack, [document(widget('  size: small\n  port: http\n'))])).toEqual([])
  })

  it('reports a schema violation, a missing required field and an unknown (pruned) field', async () => {
    const pack = await packWithCrdInChart()
    const findings = await checkRenderedDocuments(pack, [document(widget('  size: huge\n  port: [1]\n  colour: red\n'))])
    const crdPlace = 'charts/web-1.0.0.tgz: web/crds/widgets.yaml'
    expect(findings).toEqual([
      {
        ruleId: 'rendered/schema',
        severity: 'error',
        file: 'charts/web-1.0.0.tgz',
        message: `web/templates/widget.yaml (document 1, line 6) \`spec.size\`: Instance does not match any of ["small","large"]. (Widget schema from the CRD in ${crdPlace}).`,
        hint: 'Fix the value in the chart values or the manifest that produce it; the API server rejects the resource as it is.',
        rendered: { template: 'web/templates/widget.yaml', index: 0, line: 6, path: 'spec.size' },
      },
      {
        ruleId: 'rendered/schema',
        severity: 'error',
        file: 'charts/web-1.0.0.tgz',
        message: `web/templates/widget.yaml (document 1, line 7) \`spec.port\`: Instance does not match any subschemas. (Widget schema from the CRD in ${crdPlace}).`,
        hint: 'Fix the value in the chart values or the manifest that produce it; the API server rejects the resource as it is.',
        rendered: { template: 'web/templates/widget.yaml', index: 0, line: 7, path: 'spec.port' },
      },
      {
        ruleId: 'rendered/unknown-field',
        severity: 'warning',
        file: 'charts/web-1.0.0.tgz',
        message: 'web/templates/widget.yaml (document 1, line 8) `spec.colour`: Widget has no field `colour` here; the API server drops it.',
        hint: 'Check the spelling and the indentation against the CRD.',
        rendered: { template: 'web/templates/widget.yaml', index: 0, line: 8, path: 'spec.colour' },
      },
    ])
    const missing = await checkRenderedDocuments(pack, [document(widget('  port: 1\n'))])
    expect(missing.map((finding) => [finding.ruleId, finding.rendered])).toEqual([
      ['rendered/schema', { template: 'web/templates/widget.yaml', index: 0, line: 5, path: 'spec' }],
    ])
  })

  it('uses a CRD rendered by a template, and flags a version the CRD deprecates', async () => {
    const pack = makePack({ 'values.yaml': 'pack: {}\n' })
    const findings = await checkRenderedDocuments(pack, [document(CRD, 'web/templates/crd.yaml'), document(widget('  anything: 1\n', 'example.com/v1beta1'))])
    expect(findings).toEqual([
      {
        ruleId: 'rendered/deprecated-api',
        severity: 'warning',
        file: 'charts/web-1.0.0.tgz',
        message: 'web/templates/widget.yaml (document 1, line 1) `apiVersion`: example.com/v1beta1 Widget is deprecated; use example.com/v1 (CRD in charts/web-1.0.0.tgz: web/templates/crd.yaml).',
        hint: 'Use a version the CRD does not mark deprecated.',
        rendered: { template: 'web/templates/widget.yaml', index: 0, line: 1, path: 'apiVersion' },
      },
    ])
  })

  it('says once per kind that a custom resource without a CRD is not checked', async () => {
    const pack = makePack({ 'values.yaml': 'pack: {}\n' })
    const certificate = 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: c\nspec: {}\n'
    const findings = await checkRenderedDocuments(pack, [document(certificate), document(certificate, 'web/templates/other.yaml')])
    expect(findings).toEqual([
      {
        ruleId: 'rendered/no-schema',
        severity: 'info',
        file: 'charts/web-1.0.0.tgz',
        message: 'web/templates/widget.yaml (document 1, line 2) `kind`: No schema for Certificate cert-manager.io/v1: it is not a built-in kind and no CRD in the pack defines it, so it is not checked.',
        hint: 'Its CRD is probably installed by another pack or an operator; that is fine if the cluster has it.',
        rendered: { template: 'web/templates/widget.yaml', index: 0, line: 2, path: 'kind' },
      },
    ])
  })
})
