import { describe, expect, it } from 'vitest'
import { lintPack } from '../lint/lintPack'
import { manifestSyntax } from '../lint/rules/manifests/syntax'
import { manifestValuesReference } from '../lint/rules/manifests/values-reference'
import { parseYamlView } from '../pack/yamlView'
import { VALID_ADDON_PACK, makePack, withFiles } from '../testing/packFixtures'
import { encodeText } from '../text/encoding'
import { blankTemplateActions } from './goTemplate'

const MANIFEST = 'manifests/hello-app.yaml'

describe('lint work grows linearly with the input', () => {
  it('blanks actions on one line the same way, however many there are', () => {
    expect(blankTemplateActions('a: {{ .Values.a }}\n{{ if .Values.b }}\n  {{- end }} {{ x }}\nc: d\n')).toBe(`a: ${'x'.repeat(15)}\n${' '.repeat(18)}\n${' '.repeat(20)}\nc: d\n`)
    expect(blankTemplateActions('args: [{{ .Values.a }}, {{ .Values.b }}]\n')).toBe(`args: [${'x'.repeat(15)}, ${'x'.repeat(15)}]\n`)
  })

  it('lints a one-line flow list of 20,000 actions (quadratic before: minutes)', async () => {
    const manifest = `kind: A\nargs: [${Array.from({ length: 20_000 }, (_, index) => `{{ .Values.v${index % 10} | default 1 }}`).join(', ')}]\n`
    const files = withFiles(VALID_ADDON_PACK, { [MANIFEST]: manifest, 'values.yaml': 'pack:\n  namespace: a\nmanifests:\n  hello-app:\n    v0: 1\n' })
    expect(await lintPack(makePack(files), { mode: 'author', rules: [manifestSyntax, manifestValuesReference] })).toEqual([])
  })

  it('finds a duplicate key in a map of 20,000 keys, at the repeated key (quadratic before)', () => {
    const keys = Array.from({ length: 20_000 }, (_, index) => `k${index}: ${index}`)
    keys.push('k7: again')
    const view = parseYamlView(encodeText(keys.join('\n') + '\n'))
    expect(view.errors).toEqual([{ message: 'Map keys must be unique', code: 'DUPLICATE_KEY', position: { line: 20_001, column: 1 } }])
  })

  it('still allows repeated << merge keys', () => {
    expect(parseYamlView(encodeText('a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: *a\n  <<: *b\n')).errors).toEqual([])
  })
})
