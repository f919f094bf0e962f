import { describe, expect, it } from 'vitest'
import type { Finding } from '../../core'
import { findingsToExtraErrors, pointerToFieldId } from './formErrors'

const finding = (overrides: Partial<Finding>): Finding => ({ ruleId: 'pack-json/x', severity: 'error', file: 'pack.json', message: 'bad', ...overrides })

describe('pointerToFieldId', () => {
  it.each([
    ['/addonType', 'root_addonType'],
    ['/constraints/dependencies/0/packName', 'root_constraints_dependencies_0_packName'],
    ['', 'root'],
    ['/annotations/a~1b', 'root_annotations_a/b'],
  ])('maps %s to %s', (pointer, id) => {
    expect(pointerToFieldId(pointer)).toBe(id)
  })
})

describe('findingsToExtraErrors', () => {
  it('puts pack.json errors on the field their pointer names, nested', () => {
    const errors = findingsToExtraErrors([
      finding({ pointer: '/addonType', message: 'addonType is required' }),
      finding({ pointer: '/constraints/dependencies/0/packName', message: 'packName is empty' }),
      finding({ pointer: '/addonType', message: 'second' }),
    ])
    expect(errors).toEqual({
      addonType: { __errors: ['addonType is required', 'second'] },
      constraints: { dependencies: { 0: { packName: { __errors: ['packName is empty'] } } } },
    })
  })

  it('ignores other files, findings without a pointer, and warnings', () => {
    const errors = findingsToExtraErrors([
      finding({ file: 'values.yaml', pointer: '/pack' }),
      finding({ pointer: undefined }),
      finding({ pointer: '/eol', severity: 'warning' }),
    ])
    expect(errors).toEqual({})
  })
})
