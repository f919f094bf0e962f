import { describe, expect, it } from 'vitest'
import { parseSchemaTemplate } from './parseSchemaTemplate'

describe('parseSchemaTemplate', () => {
  it('reads every function of a full template', () => {
    const result = parseSchemaTemplate('{{ required | readonly | format "${number:[5000-5005]}" | hints "registry port" "second" }}')
    expect(result.problems).toEqual([])
    expect(result.template).toEqual({
      required: true,
      readonly: true,
      format: { pattern: '${number:[5000-5005]}', tokens: [{ kind: 'type', type: 'number', range: { min: 5000, max: 5005 } }] },
      hints: ['registry port', 'second'],
    })
  })

  it.each([
    ['{{ required }}', { required: true, readonly: false, hints: [] }],
    ['{{readonly}}', { required: false, readonly: true, hints: [] }],
    ['{{ format "${string}"  | hints "a \\"quoted\\" word"}}', { required: false, readonly: false, format: { pattern: '${string}', tokens: [{ kind: 'type', type: 'string' }] }, hints: ['a "quoted" word'] }],
  ])('reads %s', (text, template) => {
    expect(parseSchemaTemplate(text)).toEqual({ template, problems: [] })
  })

  it.each([
    ['${boolean}', [{ kind: 'type', type: 'boolean' }]],
    ['${password}', [{ kind: 'type', type: 'password' }]],
    ['${ipv4}', [{ kind: 'type', type: 'ipv4' }]],
    ['${version}', [{ kind: 'type', type: 'version' }]],
    ['${list:[PreferNoSchedule, NoSchedule,NoExecute]}', [{ kind: 'type', type: 'list', options: ['PreferNoSchedule', 'NoSchedule', 'NoExecute'] }]],
    ['${string:/^[a-z]{3,5}$/}', [{ kind: 'type', type: 'string', regex: '^[a-z]{3,5}$' }]],
    ['${number:/^\\d+$/}', [{ kind: 'type', type: 'number', regex: '^\\d+$' }]],
    ['${password:/^.{8,}$/}', [{ kind: 'type', type: 'password', regex: '^.{8,}$' }]],
    ['${number:[-10-10]}', [{ kind: 'type', type: 'number', range: { min: -10, max: 10 } }]],
    ['${ipv4} - ${ipv4}', [{ kind: 'type', type: 'ipv4' }, { kind: 'literal', text: ' - ' }, { kind: 'type', type: 'ipv4' }]],
    ['http://${string}:${number}', [{ kind: 'literal', text: 'http://' }, { kind: 'type', type: 'string' }, { kind: 'literal', text: ':' }, { kind: 'type', type: 'number' }]],
  ])('tokenizes the format %s', (pattern, tokens) => {
    const result = parseSchemaTemplate(`{{ format "${pattern.replace(/\\/g, '\\\\')}" }}`)
    expect(result.problems).toEqual([])
    expect(result.template?.format?.tokens).toEqual(tokens)
  })

  it.each([
    ['required', 0],
    ['{{ required ', 12],
    ['{{ required | }}', 14],
    ['{{ optional }}', 3],
    ['{{ format ${string} }}', 10],
    ['{{ format "${string}" hints "x" }}', 22],
    ['{{ hints }}', 9],
    ['{{ hints "open }}', 9],
    ['{{ required }} extra', 15],
  ])('rejects the template %s at offset %d', (text, offset) => {
    const result = parseSchemaTemplate(text)
    expect(result.template).toBeUndefined()
    expect(result.problems).toEqual([{ severity: 'error', message: expect.any(String) as string, offset }])
  })

  it.each([
    ['${text}', 'error'],
    ['${list}', 'error'],
    ['${list:[]}', 'error'],
    ['${number:[10-1]}', 'error'],
    ['${number:1-10}', 'error'],
    ['${boolean:/x/}', 'error'],
    ['${string:/[a-/}', 'error'],
    ['${string', 'error'],
    ['plain text', 'error'],
    ['${input}', 'warning'],
    ['${string:/^(?!admin).*$/}', 'warning'],
    ['${string:/(a)\\1/}', 'warning'],
  ])('reports the format %s as %s', (pattern, severity) => {
    const result = parseSchemaTemplate(`{{ format "${pattern.replace(/\\/g, '\\\\')}" }}`)
    expect(result.problems.map((problem) => problem.severity)).toEqual([severity])
  })

  it('accepts RE2 named groups', () => {
    expect(parseSchemaTemplate('{{ format "${string:/^(?P<major>\\\\d+)$/}" }}').problems).toEqual([])
  })
})
