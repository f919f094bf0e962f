import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { DocumentOptions, ParseOptions, SchemaOptions, ToJSOptions } from 'yaml'
import { chartDefaults, chartDefaultsAsText } from './chartDefaults'

/** What the two readings replaced: yaml's `parse` with and without the failsafe schema, undefined where it throws. */
function parsed(text: string, options: ParseOptions & DocumentOptions & SchemaOptions & ToJSOptions): { value: unknown } | undefined {
  try {
    return { value: parse(text, options) as unknown }
  } catch {
    return undefined
  }
}

const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', ''].join('\n')

describe('chartDefaults and chartDefaultsAsText', () => {
  it.each([
    ['typed and text scalars', 'image:\n  repository: nginx\n  tag: 1.10\nreplicas: 3\nenabled: true\nempty:\nnothing: null\n'],
    ['anchors and merge-like keys', 'base: &base\n  a: 1\nother:\n  <<: *base\n  b: 0x1F\n'],
    ['block scalars and flow collections', 'script: |\n  echo hi\nlist: [1, "2", three]\nmap: {k: v}\n'],
    ['an empty file', ''],
    ['only comments', '# nothing here\n'],
    ['a duplicate key (an error typed, allowed as text)', 'a: 1\na: 2\n'],
    ['a syntax error', 'a: [1, 2\nb: c\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['aliases past the default cap', ALIAS_BOMB],
  ])('%s: both readings are what yaml.parse gives', (_name, text) => {
    expect(chartDefaults({ valuesYaml: text })).toEqual(parsed(text, {}))
    expect(chartDefaultsAsText({ valuesYaml: text })).toEqual(parsed(text, { schema: 'failsafe', uniqueKeys: false }))
  })

  it('keeps `tag: 1.10` as text in the text reading and as a number in the typed one', () => {
    const source = { valuesYaml: 'tag: 1.10\n' }
    expect(chartDefaults(source)).toEqual({ value: { tag: 1.1 } })
    expect(chartDefaultsAsText(source)).toEqual({ value: { tag: '1.10' } })
  })

  it('is undefined without a values.yaml, and the same object on every call for one source', () => {
    expect(chartDefaults({})).toBeUndefined()
    expect(chartDefaultsAsText({})).toBeUndefined()
    const source = { valuesYaml: 'a: {b: 1}\n' }
    expect(chartDefaults(source)).toBe(chartDefaults(source))
    expect(chartDefaultsAsText(source)).toBe(chartDefaultsAsText(source))
  })
})
