import { describe, expect, it } from 'vitest'
import { dottedPathExists, resolveDottedPath, splitDottedPath } from './dottedPath'

const VALUES = {
  pack: { namespace: 'a' },
  charts: { app: { 'kubernetes.io/name': 'x', list: [{ host: 'h1' }, { host: 'h2' }], empty: null } },
}

describe('dotted paths', () => {
  it.each([
    ['a.b.$[].c', ['a', 'b', '$[]', 'c']],
    ['a.b$[]', ['a', 'b', '$[]']],
    ['a.b[]', ['a', 'b', '$[]']],
    ['pack.namespace', ['pack', 'namespace']],
  ])('splits %s', (path, segments) => {
    expect(splitDottedPath(path)).toEqual(segments)
  })

  it.each([
    ['pack.namespace', ['a']],
    ['charts.app.kubernetes.io/name', ['x']],
    ['charts.app.list.$[].host', ['h1', 'h2']],
    ['charts.app.list.1.host', ['h2']],
    ['charts.app.empty', [null]],
  ])('resolves %s', (path, values) => {
    expect(resolveDottedPath(VALUES, path)).toEqual(values)
  })

  it.each(['pack.name', 'charts.app.list.$[].port', 'charts.app.list.5', 'pack.namespace.deeper', ''])('does not find %s', (path) => {
    expect(dottedPathExists(VALUES, path)).toBe(false)
  })
})
