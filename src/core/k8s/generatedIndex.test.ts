import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KIND_VALIDATORS } from './generated/kindValidators'
import { PROPERTY_INDEX } from './generated/propertyIndex'

const SCHEMAS_DIR = join(import.meta.dirname, '../../../node_modules/kubernetes-models/_schemas')

describe('the generated kind index (scripts/generateK8sIndex.ts)', () => {
  it('has a validator and a property index for the same kinds', () => {
    expect(Object.keys(PROPERTY_INDEX.kinds).sort()).toEqual(Object.keys(KIND_VALIDATORS).sort())
    expect(Object.keys(KIND_VALIDATORS)).toContain('apps/v1/Deployment')
    expect(Object.keys(KIND_VALIDATORS)).toContain('apiextensions.k8s.io/v1/CustomResourceDefinition')
  })

  it('points every type reference at an entry of the index', () => {
    const count = PROPERTY_INDEX.types.length
    const references = [...Object.values(PROPERTY_INDEX.kinds), ...PROPERTY_INDEX.types.flatMap((type) => Object.values(type))]
    expect(references.filter((reference) => reference < -1 || reference >= count)).toEqual([])
  })

  it('loads a validator that rejects a wrong value', async () => {
    const loader = KIND_VALIDATORS['v1/ConfigMap']
    const { validate } = await loader!()
    expect(validate({ apiVersion: 'v1', kind: 'ConfigMap', data: { a: 'b' } })).toBe(true)
    expect(validate({ apiVersion: 'v1', kind: 'ConfigMap', data: { a: 1 } })).toBe(false)
  })

  it('uses no validator module that needs the re2-wasm pattern runtime', () => {
    const modules = readdirSync(SCHEMAS_DIR).filter((name) => name.endsWith('.js'))
    expect(modules.length).toBeGreaterThan(900)
    expect(modules.filter((name) => readFileSync(join(SCHEMAS_DIR, name), 'utf8').includes('runtime/re2'))).toEqual([])
  })
})
