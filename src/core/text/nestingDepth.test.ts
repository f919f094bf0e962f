import { describe, expect, it } from 'vitest'
import { LineCounter, parseAllDocuments } from 'yaml'
import type { Document } from 'yaml'
import { lintPack } from '../lint/lintPack'
import { inspectChart } from '../chart/inspectChart'
import { parseJsonView } from '../pack/jsonView'
import { parseYamlFileView, parseYamlView } from '../pack/yamlView'
import { makeChartTgz } from '../testing/chartFixtures'
import { VALID_ADDON_PACK, makePack, withFiles } from '../testing/packFixtures'
import { encodeText } from './encoding'
import { MAX_NESTING_DEPTH, findJsonTooDeep } from './nestingDepth'
import { findYamlTooDeep, parseAllDocumentsWithinDepth } from './yamlNestingDepth'

const DEEP = 5000
const deepFlow = '['.repeat(DEEP) + ']'.repeat(DEEP)
const deepBlock = Array.from({ length: 400 }, (_, level) => `${' '.repeat(level)}k:`).join('\n') + ' 1\n'
const TOO_DEEP_MESSAGE = `it nests lists and objects more than ${MAX_NESTING_DEPTH} levels deep, the most a pack file may nest; it is not read any further`

describe('nesting caps', () => {
  it('finds the bracket that goes too deep in JSON, skipping strings', () => {
    expect(findJsonTooDeep('{"a": "[[[[", "b": [[1]]}', 2)).toEqual({ offset: 20, maxDepth: 2 })
    expect(findJsonTooDeep('{"a": "[[[[\\"[[", "b": [1]}', 2)).toBeUndefined()
  })

  it.each([
    ['flow', `x: ${deepFlow}\n`],
    ['block mappings', deepBlock],
    ['compact sequences', `x:\n${'- '.repeat(DEEP)}x\n`],
  ])('finds YAML %s nested too deep', (_name, text) => {
    expect(findYamlTooDeep(text)).toMatchObject({ maxDepth: MAX_NESTING_DEPTH })
  })

  it('leaves real files alone', () => {
    expect(findYamlTooDeep('a:\n  b:\n    - c: [1, {d: 2}]\n')).toBeUndefined()
    expect(findJsonTooDeep('{"a": {"b": [1, 2]}}')).toBeUndefined()
  })

  it('parses all documents as yaml does when the text only looks deep (the depth check reads the same tokens)', () => {
    // Indented far past the cap inside a block scalar: the cheap bound fails, the tokens say it is shallow.
    const text = `a: 1\n---\nscript: |\n${' '.repeat(MAX_NESTING_DEPTH + 10)}echo\nb: [1, {c: 2}]\n---\nd: [unclosed\n`
    const lineCounter = new LineCounter()
    const parsed = parseAllDocumentsWithinDepth(text, { lineCounter, prettyErrors: false, strict: true })
    expect(parsed.tooDeep).toBeUndefined()
    const documents = 'documents' in parsed ? parsed.documents : []
    const expected = parseAllDocuments(text, { prettyErrors: false, strict: true })
    const summary = (list: readonly Document[]) => list.map((document) => ({ value: document.toJS() as unknown, errors: document.errors.map((error) => [error.code, error.pos]) }))
    expect(summary(documents)).toEqual(summary(expected))
    expect(summary(documents).map(({ errors }) => errors.length)).toEqual([0, 0, 1])
    expect(lineCounter.linePos(text.indexOf('echo'))).toEqual({ line: 4, col: MAX_NESTING_DEPTH + 11 })
  })

  it('stops at the document that nests too deep, where findYamlTooDeep finds it', () => {
    const text = `a: 1\n---\nx: ${deepFlow}\n`
    expect(parseAllDocumentsWithinDepth(text, { prettyErrors: false })).toEqual({ tooDeep: findYamlTooDeep(text) })
    expect(findYamlTooDeep(text)).toEqual({ offset: 11 + MAX_NESTING_DEPTH, maxDepth: MAX_NESTING_DEPTH })
  })

  it('gives views an error instead of a stack overflow', () => {
    expect(parseJsonView(encodeText(`{"x": ${deepFlow}}`)).errors).toEqual([{ message: TOO_DEEP_MESSAGE, position: { line: 1, column: 6 + MAX_NESTING_DEPTH }, code: 'TOO_DEEP' }])
    expect(parseYamlView(encodeText(`x: ${deepFlow}\n`)).errors).toEqual([{ message: TOO_DEEP_MESSAGE, position: { line: 1, column: 3 + MAX_NESTING_DEPTH }, code: 'TOO_DEEP' }])
    expect(parseYamlFileView(encodeText(deepBlock)).documents[0]?.errors[0]).toMatchObject({ code: 'TOO_DEEP', position: { line: MAX_NESTING_DEPTH + 1, column: MAX_NESTING_DEPTH + 1 } })
  })

  it('lints every file type nested thousands deep with one finding each, never a throw', async () => {
    const pack = makePack(
      withFiles(VALID_ADDON_PACK, {
        'pack.json': `{"name": "hello-app", "x": ${deepFlow}}`,
        'values.yaml': `pack:\n  namespace: a\nx: ${deepFlow}\n`,
        'schema.yaml': deepBlock,
        'presets.yaml': `presets:\n${'- '.repeat(DEEP)}x\n`,
        'manifests/hello-app.yaml': `kind: A\nspec: {{ .Values.x }}\nx: ${deepFlow}\n`,
      }),
    )
    const findings = await lintPack(pack, { mode: 'import' })
    const unreadable = findings.filter((finding) => finding.message.includes('cannot be read'))
        expect(unreadable.map(({ ruleId, severity, file, line, column, message, hint }) => ({ ruleId, severity, file, line, column, message, hint }))).toEqual([
      { ruleId: 'manifests/syntax', severity: 'error', file: 'manifests/hello-app.yaml', line: 3, column: 3 + MAX_NESTING_DEPTH, message: `manifests/hello-app.yaml cannot be read: ${TOO_DEEP_MESSAGE}.`, hint: undefined },
      { ruleId: 'pack-json/syntax', severity: 'error', file: 'pack.json', line: 1, column: 27 + MAX_NESTING_DEPTH, message: `pack.json cannot be read: ${TOO_DEEP_MESSAGE}.`, hint: 'A pack.json holds a handful of flat fields; remove the deeply nested value.' },
      { ruleId: 'presets/syntax', severity: 'error', file: 'presets.yaml', line: 2, column: 2 * MAX_NESTING_DEPTH - 1, message: `presets.yaml cannot be read: ${TOO_DEEP_MESSAGE}.`, hint: undefined },
      { ruleId: 'schema-yaml/syntax', severity: 'error', file: 'schema.yaml', line: MAX_NESTING_DEPTH + 1, column: MAX_NESTING_DEPTH + 1, message: `schema.yaml cannot be read: ${TOO_DEEP_MESSAGE}.`, hint: undefined },
      { ruleId: 'pack-values/syntax', severity: 'error', file: 'values.yaml', line: 3, column: 3 + MAX_NESTING_DEPTH, message: `values.yaml cannot be read: ${TOO_DEEP_MESSAGE}.`, hint: undefined },
    ])
    expect(findings.filter((finding) => finding.message.includes('internal error'))).toEqual([])
  })

  it('reads a chart whose Chart.yaml nests too deep as a problem', async () => {
    const chart = await makeChartTgz({ folder: 'nginx', chartYaml: `name: nginx\nversion: 1.0.0\nx: ${deepFlow}\n` })
    expect(await inspectChart(chart)).toEqual({ ok: false, problem: `Chart.yaml in 'nginx' is not valid YAML (${TOO_DEEP_MESSAGE})` })
  })
})
