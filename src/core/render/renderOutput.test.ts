import { describe, expect, it } from 'vitest'
import { collectDocuments, splitManifests } from './renderOutput'

const origin = { source: 'chart' as const, owner: 'charts/app-1.0.0.tgz', file: 'charts/app-1.0.0.tgz' }

describe('splitManifests (Helm releaseutil.SplitManifests)', () => {
  it('splits on --- lines, trims, and drops empty documents', () => {
    expect(splitManifests('\n---\na: 1\n---\n# only a comment\n---   \nb: 2\n---\n')).toEqual(['a: 1', '# only a comment', 'b: 2'])
  })
})

describe('collectDocuments', () => {
  it('gives each document of each printed template with its index; NOTES.txt, partials and empty output are left out', () => {
    const rendered = new Map([
      ['app/templates/b.yaml', 'kind: B\n---\nkind: C\n'],
      ['app/templates/a.yaml', '   \n'],
      ['app/templates/NOTES.txt', 'Thanks'],
    ])
    expect(collectDocuments(rendered, origin)).toEqual({
      documents: [
        { source: 'chart', owner: 'charts/app-1.0.0.tgz', template: 'app/templates/b.yaml', index: 0, text: 'kind: B' },
        { source: 'chart', owner: 'charts/app-1.0.0.tgz', template: 'app/templates/b.yaml', index: 1, text: 'kind: C' },
      ],
      findings: [],
    })
  })

  it('leaves out hooks Helm does not know (crd-install), except in files printed verbatim (crds/)', () => {
    const hook = 'kind: CustomResourceDefinition\nmetadata:\n  annotations:\n    helm.sh/hook: crd-install'
    const known = 'kind: Job\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install,post-upgrade'
    const result = collectDocuments(new Map([['app/templates/crd.yaml', `${hook}\n---\n${known}`], ['app/crds/crd.yaml', hook]]), origin, new Set(['app/crds/crd.yaml']))
    expect(result.documents.map((document) => [document.template, document.index])).toEqual([
      ['app/crds/crd.yaml', 0],
      ['app/templates/crd.yaml', 1],
    ])
  })

  it.each([
    ['invalid YAML', 'a: b: c', 'line 1:'],
    ['a scalar document', 'just text', 'not a Kubernetes object'],
    ['an annotation that is not a string', 'kind: A\nmetadata:\n  annotations:\n    replicas: 3', 'the annotation replicas is not a string (quote it)'],
    // It said "Maximum call stack size exceeded".
    ['YAML nested thousands deep', `kind: A\ndata:\n  x: ${'['.repeat(20_000)}${']'.repeat(20_000)}`, 'line 3: it nests lists and objects more than 256 levels deep'],
    // Expanded without a cap, this is 9^9 nodes: the render worker (or the CLI) ran out of memory.
    ['aliases that expand to billions of nodes', billionLaughs(9), 'its aliases (*name) expand to more than 1000 copies, which looks like a "billion laughs" attack'],
  ])('reports %s as render/invalid-yaml, as Helm refuses the release', (_name, text, expected) => {
    const result = collectDocuments(new Map([['app/templates/x.yaml', `kind: Fine\n---\n${text}`]]), origin)
    expect(result.documents.map((document) => document.text)).toEqual(['kind: Fine'])
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0]).toMatchObject({ ruleId: 'render/invalid-yaml', severity: 'error', file: 'charts/app-1.0.0.tgz' })
    expect(result.findings[0]?.message).toContain('app/templates/x.yaml: document 2 of the rendered output is not valid YAML: ')
    expect(result.findings[0]?.message).toContain(expected)
    expect(result.findings[0]?.hint).toMatch(/^Quote values/)
  })
})

/** A document whose aliases, expanded, make 9^levels nodes. */
function billionLaughs(levels: number): string {
  const lines = ['kind: A', 'l0: &l0 [x, x, x, x, x, x, x, x, x]']
  for (let level = 1; level < levels; level++) lines.push(`l${String(level)}: &l${String(level)} [${Array.from({ length: 9 }, () => `*l${String(level - 1)}`).join(', ')}]`)
  return lines.join('\n')
}
