import { describe, expect, it } from 'vitest'
import type { ChartRequirement, ChartTree } from './chartTree'
import { isCompatibleRange, processDependencies } from './dependencies'
import type { HelmMap } from './helmYaml'

function chart(name: string, values: HelmMap, dependencies: ChartTree[] = [], requirements: ChartRequirement[] = []): ChartTree {
  return { name, version: '1.2.3', type: '', chartYaml: '', requirements, values, templates: [], files: [], dependencies }
}

function requirement(name: string, extra: Partial<ChartRequirement> = {}): ChartRequirement {
  return { name, version: '1.x', tags: [], importValues: [], ...extra }
}

const names = (tree: ChartTree) => tree.dependencies.map((dependency) => dependency.name)

describe('processDependencies (Helm chartutil.ProcessDependenciesWithMerge)', () => {
  it('drops a subchart whose condition is false, in the chart defaults or the user values', () => {
    const parent = chart('app', { db: { enabled: false } }, [chart('db', {}), chart('cache', {})], [requirement('db', { condition: 'db.enabled' }), requirement('cache', { condition: 'cache.enabled' })])
    expect(names(processDependencies(parent, {}))).toEqual(['cache'])
    expect(names(processDependencies(parent, { db: { enabled: true }, cache: { enabled: false } }))).toEqual(['db'])
  })

  it('uses the first condition path that holds a boolean', () => {
    const parent = chart('app', {}, [chart('db', {})], [requirement('db', { condition: 'missing.enabled,db.enabled' })])
    expect(names(processDependencies(parent, { db: { enabled: false } }))).toEqual([])
  })

  it('disables by tags only when no tag of the subchart is true; a condition wins over tags', () => {
    const parent = chart('app', {}, [chart('db', {}), chart('ui', {})], [requirement('db', { tags: ['backend'] }), requirement('ui', { tags: ['frontend', 'backend'], condition: 'ui.enabled' })])
    expect(names(processDependencies(parent, { tags: { backend: false } }))).toEqual([])
    expect(names(processDependencies(parent, { tags: { backend: false, frontend: true } }))).toEqual(['ui'])
    expect(names(processDependencies(parent, { tags: { backend: false }, ui: { enabled: true } }))).toEqual(['ui'])
  })

  it('renames a subchart to its alias, and can use one subchart twice', () => {
    const parent = chart('app', {}, [chart('redis', {})], [requirement('redis', { alias: 'cache' }), requirement('redis', { alias: 'queue' })])
    expect(names(processDependencies(parent, {}))).toEqual(['cache', 'queue'])
  })

  it('keeps a subchart no requirement matches (a version outside the range)', () => {
    const parent = chart('app', {}, [chart('redis', {})], [requirement('redis', { version: '2.x', alias: 'cache' })])
    expect(names(processDependencies(parent, {}))).toEqual(['redis'])
  })

  it('imports a subchart exports table into the parent values', () => {
    const parent = chart('app', { own: 1 }, [chart('db', { exports: { data: { port: 5432 } } })], [requirement('db', { importValues: ['data'] })])
    expect(processDependencies(parent, {}).values).toMatchObject({ own: 1, port: 5432 })
  })

  it('imports child/parent paths', () => {
    const parent = chart('app', {}, [chart('db', { service: { port: 5432 } })], [requirement('db', { importValues: [{ child: 'service', parent: 'database' }] })])
    expect(processDependencies(parent, {}).values).toMatchObject({ database: { port: 5432 } })
  })
})

describe('isCompatibleRange (Masterminds semver constraints)', () => {
  it.each([
    ['>=1.16.0-0', '1.30.0', true],
    ['>=1.19-0', '1.30.0', true],
    ['>=1.19-0 <1.25-0', '1.30.0', false],
    ['>= 1.19.0-0, < 1.29.0-0', '1.30.0', false],
    ['1.x', '1.2.3', true],
    ['^2.0.0', '1.2.3', false],
    ['*', '1.2.3', true],
  ])('%s against %s is %s', (constraint, version, expected) => {
    expect(isCompatibleRange(constraint, version)).toBe(expected)
  })
})
