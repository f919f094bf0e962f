import { describe, expect, it } from 'vitest'
import { parseHelmYaml } from './helmYaml'

describe('parseHelmYaml (values as Helm reads them: YAML 1.1 through JSON)', () => {
  it('reads YAML 1.1 booleans and octals, keeps timestamps as text, and lets a repeated key win last', () => {
    expect(parseHelmYaml('a: yes\nb: off\nc: 0755\nd: 2024-01-02\ne: 1\ne: 2\n')).toEqual({ ok: true, value: { a: true, b: false, c: 493, d: '2024-01-02', e: 2 } })
  })

  it('expands anchors and merge keys', () => {
    expect(parseHelmYaml('base: &b {x: 1}\nuse:\n  <<: *b\n  z: 2\n')).toEqual({ ok: true, value: { base: { x: 1 }, use: { x: 1, z: 2 } } })
  })

  it('gives the first syntax error with its line', () => {
    const result = parseHelmYaml('a: 1\nb: [\n')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.line).toBeGreaterThanOrEqual(2)
  })
})
