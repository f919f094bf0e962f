import { describe, expect, it } from 'vitest'
import { makePack } from '../testing/packFixtures'
import type { FixtureFiles } from '../testing/packFixtures'
import { packJsonIdentity } from './packJsonIdentity'

describe('packJsonIdentity', () => {
  it('reads the string identity fields and skips the others', () => {
    expect(packJsonIdentity(makePack({ 'pack.json': { name: 'a', displayName: 'A', version: 1, layer: 'addon', extra: 'x' } }))).toEqual({ name: 'a', displayName: 'A', layer: 'addon' })
  })

  it('is empty for a missing, broken or non-object pack.json', () => {
    const cases: FixtureFiles[] = [{}, { 'pack.json': '{' }, { 'pack.json': '[1]' }]
    for (const files of cases) expect(packJsonIdentity(makePack(files))).toEqual({})
  })
})
