import { describe, expect, it } from 'vitest'
import type { ChartTree } from './chartTree'
import { coalesceValues } from './coalesce'
import type { HelmMap } from './helmYaml'

function chart(name: string, values: HelmMap, dependencies: ChartTree[] = []): ChartTree {
  return { name, version: '1.0.0', type: '', chartYaml: '', requirements: [], values, templates: [], files: [], dependencies }
}

describe('coalesceValues (Helm chartutil.CoalesceValues)', () => {
  it('keeps the user value over the default and fills in the defaults the user left out', () => {
    expect(coalesceValues(chart('app', { replicas: 1, image: { tag: 'v1', pullPolicy: 'Always' } }), { image: { tag: 'v2' } })).toEqual({
      replicas: 1,
      image: { tag: 'v2', pullPolicy: 'Always' },
    })
  })

  it('deletes a default when the user sets it to null', () => {
    expect(coalesceValues(chart('app', { resources: { limits: { cpu: 1 } }, keep: true }), { resources: null })).toEqual({ keep: true })
    expect(coalesceValues(chart('app', { resources: { limits: { cpu: 1 }, requests: { cpu: 1 } } }), { resources: { limits: null } })).toEqual({
      resources: { requests: { cpu: 1 } },
    })
  })

  it('keeps a user table when the default is a scalar, and a default table when the user gives a scalar', () => {
    expect(coalesceValues(chart('app', { a: 'text', b: { c: 1 } }), { a: { x: 1 }, b: 'flat' })).toEqual({ a: { x: 1 }, b: 'flat' })
  })

  it('fills subchart defaults under the subchart name and copies parent globals down', () => {
    const sub = chart('db', { port: 5432, global: { region: 'sub-default' } })
    const parent = chart('app', { global: { region: 'eu', labels: { team: 'a' } } }, [sub])
    expect(coalesceValues(parent, { db: { port: 1 } })).toEqual({
      global: { region: 'eu', labels: { team: 'a' } },
      db: { port: 1, global: { region: 'eu', labels: { team: 'a' } } },
    })
  })

  it('merges global tables, the parent winning over the subchart', () => {
    const sub = chart('db', { global: { labels: { team: 'sub', tier: 'data' } } })
    const parent = chart('app', {}, [sub])
    const result = coalesceValues(parent, { global: { labels: { team: 'user' } } })
    expect(result.db).toEqual({ global: { labels: { team: 'user', tier: 'data' } } })
  })

  it('refuses a scalar where a subchart expects its values', () => {
    expect(() => coalesceValues(chart('app', {}, [chart('db', {})]), { db: 'yes' })).toThrow(/type mismatch on db/)
  })

  it('never changes the chart defaults or the user values it was given', () => {
    const defaults: HelmMap = { a: { b: 1 } }
    const user: HelmMap = { a: { c: 2 } }
    coalesceValues(chart('app', defaults), user)
    expect(defaults).toEqual({ a: { b: 1 } })
    expect(user).toEqual({ a: { c: 2 } })
  })
})
