import { describe, expect, it } from 'vitest'
import type { Finding } from '../../core'
import type { RenderedDocument } from '../../core/render/renderTypes'
import { renderedMarkers, renderedText, renderProblemKind } from './renderedText'

const documents: RenderedDocument[] = [
  { source: 'chart', owner: 'charts/app-1.0.0.tgz', template: 'app/templates/deploy.yaml', index: 0, text: 'kind: Deployment\nspec:\n  replicas: 1' },
  { source: 'chart', owner: 'charts/app-1.0.0.tgz', template: 'app/templates/svc.yaml', index: 0, text: 'kind: Service\n' },
]

describe('renderedText', () => {
  it('prints each document after a separator and its Source header, and knows where each starts', () => {
    const rendered = renderedText(documents)
    expect(rendered.text).toBe('---\n# Source: app/templates/deploy.yaml\nkind: Deployment\nspec:\n  replicas: 1\n---\n# Source: app/templates/svc.yaml\nkind: Service\n')
    expect([...rendered.documentLines]).toEqual([['app/templates/deploy.yaml#0', 3], ['app/templates/svc.yaml#0', 8]])
  })
})

describe('renderedMarkers', () => {
  const finding = (line: number, template: string, file = 'charts/app-1.0.0.tgz'): Finding & { rendered: object } => ({
    ruleId: 'rendered/schema', severity: 'error', file, message: 'replicas must be an integer', hint: 'Use a number.',
    rendered: { template, index: 0, line, path: 'spec.replicas' },
  })

  it('puts a finding on the line of its document in the rendered text', () => {
    const rendered = renderedText(documents)
    const markers = renderedMarkers([finding(3, 'app/templates/deploy.yaml'), finding(1, 'app/templates/svc.yaml')], 'charts/app-1.0.0.tgz', rendered, () => 12)
    expect(markers).toEqual([
      { severity: 'error', message: 'replicas must be an integer\nUse a number.', source: 'Pack Builder', code: 'rendered/schema', startLineNumber: 5, startColumn: 1, endLineNumber: 5, endColumn: 13 },
      { severity: 'error', message: 'replicas must be an integer\nUse a number.', source: 'Pack Builder', code: 'rendered/schema', startLineNumber: 8, startColumn: 1, endLineNumber: 8, endColumn: 13 },
    ])
  })

  it('leaves out findings of other parts, of unknown documents and without a rendered place', () => {
    const rendered = renderedText(documents)
    const plain: Finding = { ruleId: 'render/template-error', severity: 'error', file: 'charts/app-1.0.0.tgz', message: 'broken' }
    expect(renderedMarkers([finding(1, 'app/templates/deploy.yaml', 'charts/other.tgz'), finding(1, 'app/templates/gone.yaml'), plain], 'charts/app-1.0.0.tgz', rendered, () => 0)).toEqual([])
  })
})

describe('renderProblemKind', () => {
  it('tells input needed from broken, and ignores checks of the output', () => {
    const kind = (ruleId: string) => renderProblemKind({ ruleId, severity: 'error', file: '', message: '' })
    expect([kind('render/input-needed'), kind('render/template-error'), kind('render/timeout'), kind('rendered/schema')]).toEqual(['input needed', 'broken', 'broken', undefined])
  })
})
