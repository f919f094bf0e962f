import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ValuesEditError, removeValuesKey, renameValuesKey, setChartDefaultValues, valuesHasKey } from './valuesEdit'

const VALUES = [
  '# spectrocloud.com/enabled-presets: Backend:disable-api',
  'pack:',
  '  namespace: "hello"   # where it goes',
  '',
  'manifests:',
  '  # the main app',
  '  old-name:',
  '    replicas: 1',
  "    image: 'ghcr.io/a:1'",
  '  other: {a: 1, b: 2}',
  '',
].join('\n')

describe('renameValuesKey', () => {
  it('renames only the key and keeps comments and quoting', () => {
    expect(renameValuesKey(VALUES, ['manifests'], 'old-name', 'new-name')).toBe(VALUES.replace('  old-name:', '  new-name:'))
  })

  it('quotes a key that needs it, and keeps a quoted key quoted', () => {
    expect(renameValuesKey('a:\n  b: 1\n', ['a'], 'b', 'c: d')).toBe('a:\n  "c: d": 1\n')
    expect(renameValuesKey("a:\n  'b': 1\n", ['a'], 'b', "it's")).toBe("a:\n  'it''s': 1\n")
  })

  it('renames a top-level key and a key in a flow mapping', () => {
    expect(renameValuesKey(VALUES, [], 'pack', 'pack2')).toBe(VALUES.replace('\npack:', '\npack2:'))
    expect(renameValuesKey(VALUES, ['manifests', 'other'], 'b', 'c')).toBe(VALUES.replace('{a: 1, b: 2}', '{a: 1, c: 2}'))
  })

  it.each([
    [['manifests'], 'missing', 'x'],
    [['nowhere'], 'old-name', 'x'],
    [['manifests'], 'old-name', 'old-name'],
  ])('returns the text unchanged for %j %s -> %s', (parent, from, to) => {
    expect(renameValuesKey(VALUES, parent, from, to)).toBe(VALUES)
  })

  it('refuses to create a duplicate key', () => {
    expect(() => renameValuesKey(VALUES, ['manifests'], 'old-name', 'other')).toThrow(ValuesEditError)
  })
})

describe('removeValuesKey', () => {
  it('removes a nested block with its lines and keeps the rest', () => {
    const result = removeValuesKey(VALUES, ['manifests', 'old-name'])
    expect(result).toBe(VALUES.replace("  old-name:\n    replicas: 1\n    image: 'ghcr.io/a:1'\n", ''))
    expect(parse(result)).toEqual({ pack: { namespace: 'hello' }, manifests: { other: { a: 1, b: 2 } } })
  })

  it('removes a value with its trailing comment; an emptied mapping becomes {} rather than null', () => {
    expect(removeValuesKey(VALUES, ['pack', 'namespace'])).toBe(VALUES.replace('pack:', 'pack: {}').replace('  namespace: "hello"   # where it goes\n', ''))
    expect(removeValuesKey('charts:\n  wordpress:\n    a: 1\nother: 2\n', ['charts', 'wordpress'])).toBe('charts: {}\nother: 2\n')
  })

  it('removes a key from a flow mapping', () => {
    expect(parse(removeValuesKey(VALUES, ['manifests', 'other', 'a']))).toMatchObject({ manifests: { other: { b: 2 } } })
  })

  it('removes the last key of a file without a final newline', () => {
    expect(removeValuesKey('a: 1\nb:\n  c: 2', ['b'])).toBe('a: 1\n')
  })

  it.each([[['manifests', 'missing']], [['pack', 'namespace', 'deeper']], [[]]])('returns the text unchanged for %j', (path) => {
    expect(removeValuesKey(VALUES, path)).toBe(VALUES)
  })
})

describe('valuesHasKey', () => {
  it.each([
    [['pack', 'namespace'], true],
    [['manifests', 'other', 'b'], true],
    [['manifests', 'old-name', 'tag'], false],
    [['pack', 'namespace', 'x'], false],
    [[], false],
  ])('%j -> %s', (path, expected) => {
    expect(valuesHasKey(VALUES, path)).toBe(expected)
  })

  it('sees a key whose value is null', () => {
    expect(valuesHasKey('charts:\n', ['charts'])).toBe(true)
  })

  it('finds nothing in broken YAML', () => {
    expect(valuesHasKey('a: [\n', ['a'])).toBe(false)
  })
})

describe('setChartDefaultValues', () => {
  const CHART_VALUES = '# Number of replicas\nreplicaCount: 1\nimage:\n  repository: nginx  # upstream\n  tag: ""\nscript: |\n  echo one\n    echo two\n'

  it('creates charts: at the end and keeps the chart comments', () => {
    const result = setChartDefaultValues('pack:\n  namespace: a\n', 'nginx', CHART_VALUES)
    expect(result).toBe(
      'pack:\n  namespace: a\ncharts:\n  nginx:\n    # Number of replicas\n    replicaCount: 1\n    image:\n      repository: nginx  # upstream\n      tag: ""\n    script: |\n      echo one\n        echo two\n',
    )
    expect(parse(result)).toEqual({ pack: { namespace: 'a' }, charts: { nginx: { ...(parse(CHART_VALUES) as object) } } })
  })

  it('adds a chart after the existing ones, with their indentation', () => {
    const text = 'charts:\n    first:\n      a: 1\n# trailing comment\nmanifests: {}\n'
    expect(setChartDefaultValues(text, 'second', 'b: 2\n')).toBe('charts:\n    first:\n      a: 1\n    second:\n      b: 2\n# trailing comment\nmanifests: {}\n')
  })

  it('fills an empty charts: key and an empty file', () => {
    expect(setChartDefaultValues('pack: {}\ncharts:\nmanifests: {}\n', 'app', 'a: 1\n')).toBe('pack: {}\ncharts:\n  app:\n    a: 1\nmanifests: {}\n')
    expect(setChartDefaultValues('', 'app', '')).toBe('charts:\n  app: {}\n')
  })

  it('rewrites a flow charts mapping as a block, keeping its entries', () => {
    expect(parse(setChartDefaultValues('charts: {old: {a: 1}}\n', 'app', 'b: 2\n'))).toEqual({ charts: { old: { a: 1 }, app: { b: 2 } } })
  })

  it('refuses to overwrite an existing chart unless asked', () => {
    const text = 'charts:\n  app:\n    a: 1\n  other: {}\n'
    expect(() => setChartDefaultValues(text, 'app', 'b: 2\n')).toThrow(ValuesEditError)
    expect(setChartDefaultValues(text, 'app', 'b: 2\n', { overwrite: true })).toBe('charts:\n  app:\n    b: 2\n  other: {}\n')
  })

  it.each([
    ['broken values.yaml', 'a: [\n', 'b: 1\n'],
    ['a list as values.yaml', '- a\n', 'b: 1\n'],
    ['broken chart values', 'a: 1\n', 'b: [\n'],
    ['chart values that are a list', 'a: 1\n', '- b\n'],
  ])('refuses %s', (_name, text, chart) => {
    expect(() => setChartDefaultValues(text, 'app', chart)).toThrow(ValuesEditError)
  })
})
