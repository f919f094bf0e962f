import { describe, expect, it } from 'vitest'
import { lintPack } from '../lint/lintPack'
import { schemaDefaultValue } from '../lint/rules/schemaYaml/default-value'
import { schemaTemplate } from '../lint/rules/schemaYaml/template'
import { makePack } from '../testing/packFixtures'
import { withSchema } from '../testing/schemaFixtures'
import { checkSchemaValue } from './checkSchemaValue'
import { parseSchemaTemplate } from './parseSchemaTemplate'
import { compileRe2, re2Test } from './re2Regex'

// 37 bytes of pattern and a 35-character value: minutes on a backtracking engine.
const CATASTROPHIC = '^(([a-z0-9]+)+|([a-z0-9]*)*)+[.]?$!!'
const LONG_VALUE = 'a'.repeat(34) + '!'

describe('compileRe2', () => {
  it.each([
    ['(?i)^abc$', 'ABC', true],
    ['^abc\\z', 'abc', true],
    ['^[[:digit:]]+$', '123', true],
    ['^[[:digit:]]+$', '12a', false],
    ['^(?P<major>\\d+)$', '7', true],
    ['b', 'abc', true],
  ])('accepts RE2 syntax %s (%s matches: %s)', (source, text, matches) => {
    expect(re2Test(source, text)).toBe(matches)
  })

  it.each([
    ['^(?!admin).*$', 'lookaround'],
    ['(?<=a)b', 'lookaround'],
    ['(a)\\1', 'backreference'],
    ['(?<n>a)\\k<n>', 'backreference'],
  ])('refuses JavaScript-only syntax %s as %s', (source, perlOnly) => {
    expect(compileRe2(source)).toMatchObject({ ok: false, perlOnly })
  })

  it('refuses a broken pattern with RE2s own words', () => {
    expect(compileRe2('[a-')).toEqual({ ok: false, problem: 'missing closing ]: `[a-`', perlOnly: undefined })
  })

  it('runs a catastrophic pattern in linear time', () => {
    expect(re2Test('^(a+)+$', LONG_VALUE)).toBe(false)
    expect(re2Test(CATASTROPHIC, LONG_VALUE)).toBe(false)
  })
})

describe('schema.yaml regexes use RE2', () => {
  it.each(['(?i)^[a-z]+$', '^v\\d+\\z', '^[[:alpha:]][[:alnum:]]*$'])('the template /%s/ has no problem', (regex) => {
    expect(parseSchemaTemplate(`{{ format "\${string:/${regex.replace(/\\/g, '\\\\')}/}" }}`).problems).toEqual([])
  })

  it('checks a value with an RE2-only flag', () => {
    const template = parseSchemaTemplate('{{ format "${string:/(?i)^[a-z]+$/}" }}').template
    if (!template) throw new Error('the template did not parse')
    expect(checkSchemaValue(template, 'ABC')).toBeUndefined()
    expect(checkSchemaValue(template, 'AB1')).toBe('does not match /(?i)^[a-z]+$/')
  })

  it('checks many string tokens without backtracking', () => {
    const pattern = Array.from({ length: 12 }, () => '${string}').join('-')
    const template = parseSchemaTemplate(`{{ format "${pattern}" }}`).template
    if (!template) throw new Error('the template did not parse')
    expect(checkSchemaValue(template, '-'.repeat(40) + 'x\n')).toBeUndefined()
    expect(checkSchemaValue(template, 'a'.repeat(2000))).toBe(`does not have the form "${pattern}"`)
  })

  it('lints a catastrophic default without hanging and reports it', async () => {
    const files = withSchema(`pack.namespace:\n  schema: '{{ format "\${string:/${CATASTROPHIC}/}" }}'\n`, { 'values.yaml': `pack:\n  namespace: ${LONG_VALUE}\n` })
    const findings = await lintPack(makePack(files), { mode: 'author', rules: [schemaTemplate, schemaDefaultValue] })
    expect(findings).toEqual([
      {
        ruleId: 'schema-yaml/default-value',
        severity: 'warning',
        file: 'schema.yaml',
        line: 1,
        column: 1,
        pointer: '/pack.namespace',
        message: expect.stringContaining(`does not match /${CATASTROPHIC}/`) as string,
        hint: expect.any(String) as string,
      },
    ])
  })
})
