import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { mergeChartValues } from './mergeChartValues'

const OLD = '# Replicas of the app.\nreplicaCount: 1\nimage:\n  repository: org/app\n  tag: "1.0"\nresources: {}\nports: [80]\n'
const NEW = '# Replicas of the app.\nreplicaCount: 1\nimage:\n  repository: org/app\n  # The app version.\n  tag: "2.0"\nresources: {}\nports: [80, 443]\nnewFeature: false\n'

describe('mergeChartValues', () => {
  it('takes new defaults where the user kept the old ones, and keeps the new comments', () => {
    const merge = mergeChartValues(OLD, parse(OLD), NEW)
    expect(merge).toEqual({ text: NEW, carried: [], conflicts: [] })
  })

  it("carries the user's changes and additions into the new defaults", () => {
    const mine = { ...(parse(OLD) as object), replicaCount: 3, resources: { limits: { cpu: '1' } }, extra: 'yes' }
    const merge = mergeChartValues(OLD, mine, NEW)
    expect(merge.conflicts).toEqual([])
    expect(merge.carried).toEqual(['replicaCount', 'resources.limits.cpu', 'extra'])
    expect(merge.text).toContain('# Replicas of the app.\nreplicaCount: 3\n')
    expect(merge.text).toContain('  # The app version.\n  tag: "2.0"\n')
    expect(parse(merge.text)).toEqual({ replicaCount: 3, image: { repository: 'org/app', tag: '2.0' }, resources: { limits: { cpu: '1' } }, ports: [80, 443], newFeature: false, extra: 'yes' })
  })

  it('reads a subset of overrides as changes over the old defaults', () => {
    const merge = mergeChartValues(OLD, { image: { repository: 'mirror/app' } }, NEW)
    expect(merge.carried).toEqual(['image.repository'])
    expect(parse(merge.text)).toMatchObject({ image: { repository: 'mirror/app', tag: '2.0' } })
  })

  it("reports values both sides changed, keeping the user's unless told to take the new one", () => {
    const mine = { ...(parse(OLD) as object), image: { repository: 'org/app', tag: '1.5' }, ports: [8080] }
    const merge = mergeChartValues(OLD, mine, NEW)
    expect(merge.conflicts).toEqual([
      { key: 'image.tag', path: ['image', 'tag'], base: '1.0', mine: '1.5', theirs: '2.0' },
      { key: 'ports', path: ['ports'], base: [80], mine: [8080], theirs: [80, 443] },
    ])
    expect(parse(merge.text)).toMatchObject({ image: { tag: '1.5' }, ports: [8080] })
    const resolved = mergeChartValues(OLD, mine, NEW, new Set(['image.tag']))
    expect(parse(resolved.text)).toMatchObject({ image: { tag: '2.0' }, ports: [8080] })
    expect(resolved.carried).toEqual(['ports'])
  })

  it('reports a changed value the new chart dropped', () => {
    const merge = mergeChartValues('legacy: a\n', { legacy: 'b' }, 'modern: a\n')
    expect(merge.conflicts).toEqual([{ key: 'legacy', path: ['legacy'], base: 'a', mine: 'b', theirs: undefined }])
    expect(parse(merge.text)).toEqual({ modern: 'a', legacy: 'b' })
  })

  it('refuses new defaults that are not a mapping', () => {
    expect(() => mergeChartValues('a: 1\n', { a: 2 }, '- x\n')).toThrow("the new chart's values.yaml is not a YAML mapping")
  })
})
