import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { manifestSyntax } from './syntax'
import { expectFindings } from '../../../testing/expectFindings'

const MANIFEST = 'manifests/hello-app.yaml'
const lint = (manifest: string, mode: 'author' | 'import' = 'author') => lintWithRule(manifestSyntax, withFiles(VALID_ADDON_PACK, { [MANIFEST]: manifest }), mode)

describe('manifests/syntax', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK[MANIFEST] as string],
    ['several documents', 'kind: A\n---\nkind: B\n---\n'],
    ['documents wrapped in if blocks', '{{ if .Values.on }}\nkind: A\n---\nkind: B\n{{ end }}\n{{ if not .Values.on }}\nkind: A\n{{ end }}\n'],
    ['a quoted action and a piped action', 'metadata:\n  name: "{{ .Values.name }}"\n  labels:\n    {{- toYaml .Values.labels | nindent 4 }}\n'],
  ])('accepts %s', async (_name, manifest) => {
    expectFindings(await lint(manifest), [])
  })

  it('checks manifest files that pack.json does not list', async () => {
    const files = withFiles(VALID_ADDON_PACK, { 'pack.json': { ...VALID_PACK_JSON, kubeManifests: [] }, 'manifests/extra.yml': 'a: [\n' })
    expectFindings(await lintWithRule(manifestSyntax, files), [{ ruleId: 'manifests/syntax', severity: 'error', file: 'manifests/extra.yml', line: 2 }])
  })

  it.each([
    ['a bad line in the second document', 'kind: A\n---\nkind: B\nmetadata:\n  name: a\n labels: {}\n', 'author', 'error', 6],
    ['a bad line on import', 'kind: A\n---\nkind: B\nmetadata:\n  name: a\n labels: {}\n', 'import', 'warning', 6],
    ['a duplicate key without templates', 'kind: A\nkind: B\n', 'author', 'error', 2],
    ['an if without end', 'kind: A\n{{- if .Values.on }}\nspec: {}\n', 'import', 'error', 2],
    ['an end without if', 'kind: A\n{{ end }}\n', 'import', 'error', 2],
  ] as const)('reports %s', async (_name, manifest, mode, severity, line) => {
    expectFindings(await lint(manifest, mode), [{ ruleId: 'manifests/syntax', severity, file: MANIFEST, line }])
  })

  it('reports a single-brace action and the block it leaves open', async () => {
    const manifest = 'metadata:\n  annotations:\n    {{- if .Values.isDefault }}\n    default: "true"\n    {- end}\n'
    expectFindings(await lint(manifest, 'import'), [
      { ruleId: 'manifests/syntax', severity: 'error', file: MANIFEST, line: 3 },
      { ruleId: 'manifests/syntax', severity: 'error', file: MANIFEST, line: 5 },
      { ruleId: 'manifests/syntax', severity: 'warning', file: MANIFEST, line: 5 },
    ])
  })
})
