import { describe, expect, it } from 'vitest'
import { encodeText } from '../text/encoding'
import { blankTemplateActions, brokenActions, findValuesReferences, manifestYamlProblems, unbalancedAction } from './goTemplate'

describe('blankTemplateActions', () => {
  it('blanks lines that hold only actions and keeps every offset', () => {
    const text = '{{ if .Values.on }}\nkind: A\n  {{- end }}\n'
    const blanked = blankTemplateActions(text)
    expect(blanked).toBe(' '.repeat(19) + '\nkind: A\n' + ' '.repeat(12) + '\n')
    expect(blanked.length).toBe(text.length)
  })

  it('turns an inline action into a same-length word', () => {
    expect(blankTemplateActions('port: {{ .Values.port }}\nhost: "a.{{ .Values.ns }}.svc"\n')).toBe(`port: ${'x'.repeat(18)}\nhost: "a.${'x'.repeat(16)}.svc"\n`)
  })

  it('leaves text without actions alone', () => {
    expect(blankTemplateActions('a: 1\n')).toBe('a: 1\n')
  })
})

describe('manifestYamlProblems', () => {
  it.each([
    ['hello-universe style conditional documents', '{{ if not .Values.on }}\nkind: A\nmetadata:\n  name: {{ .Values.name }}\n{{ end }}\n{{ if .Values.on }}\nkind: B\n{{ end }}\n'],
    ['keys repeated in if/else branches', 'spec:\n  {{- if .Values.a }}\n  image: a\n  {{- else }}\n  image: b\n  {{- end }}\n'],
    ['a block inserted by toYaml', 'spec:\n  template:\n{{ toYaml .Values.spec | indent 4 }}\n'],
  ])('accepts %s', (_name, text) => {
    expect(manifestYamlProblems(encodeText(text))).toEqual([])
  })

  it('reports a problem with its document and line', () => {
    const [first] = manifestYamlProblems(encodeText('a: 1\n---\nb: 1\n c: 2\n'))
    expect(first && { document: first.document, line: first.line }).toEqual({ document: 2, line: 3 })
  })

  it('reports duplicate keys only in files without actions', () => {
    expect(manifestYamlProblems(encodeText('a: 1\na: 2\n')).map((problem) => problem.code)).toEqual(['DUPLICATE_KEY'])
  })
})

describe('template structure', () => {
  it.each([
    ['{{ if .a }}x{{ else }}y{{ end }}', undefined],
    ['{{ range .a }}{{ with .b }}{{ end }}{{ end }}', undefined],
    ['{{/* if */}}', undefined],
    ['a\n{{- if .a }}\nb', { offset: 2, problem: 'unclosed' }],
    ['{{ end }}', { offset: 0, problem: 'unexpected-end' }],
  ])('checks the balance of %j', (text, expected) => {
    expect(unbalancedAction(text)).toEqual(expected)
  })

  it('finds actions with a missing brace', () => {
    expect(brokenActions('a: {{ .Values.a }}\n    {- end}\nb: { .Values.b }}\n')).toEqual([
      { offset: 23, text: '{- end}' },
      { offset: 34, text: '{ .Values.b }}' },
    ])
  })
})

describe('findValuesReferences', () => {
  it('lists the .Values paths each action reads', () => {
    const references = findValuesReferences('a: {{ .Values.images.app | quote }}\n{{ if .Values.on }}{{ $.Values.x }}{{ end }}\n')
    expect(references.map((reference) => [reference.path.join('.'), reference.offset])).toEqual([
      ['images.app', 6],
      ['on', 42],
    ])
  })
})
