import { describe, expect, it } from 'vitest'
import type { Finding } from '../core'
import { findingsToMarkers } from './findingsToMarkers'

const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: 'values/syntax',
  severity: 'error',
  file: 'values.yaml',
  message: 'Bad YAML',
  ...overrides,
})

const lengths = (line: number) => [0, 10, 4, 0][line] ?? 0

describe('findingsToMarkers', () => {
  it('keeps only the findings of the given file', () => {
    const markers = findingsToMarkers([finding({ line: 2 }), finding({ file: 'pack.json', line: 1 })], 'values.yaml', lengths)
    expect(markers).toHaveLength(1)
    expect(markers[0]?.startLineNumber).toBe(2)
  })

  it('underlines from the column to the end of the line', () => {
    const [marker] = findingsToMarkers([finding({ line: 1, column: 3 })], 'values.yaml', lengths)
    expect(marker).toMatchObject({ startLineNumber: 1, startColumn: 3, endLineNumber: 1, endColumn: 11 })
  })

  it('underlines the whole line when there is no column', () => {
    const [marker] = findingsToMarkers([finding({ line: 2 })], 'values.yaml', lengths)
    expect(marker).toMatchObject({ startColumn: 1, endColumn: 5 })
  })

  it('puts a finding without a line on the first line, at least one character wide', () => {
    const [marker] = findingsToMarkers([finding({ line: undefined })], 'values.yaml', () => 0)
    expect(marker).toMatchObject({ startLineNumber: 1, startColumn: 1, endColumn: 2 })
  })

  it('maps severities, rule ids and hints', () => {
    const markers = findingsToMarkers(
      [finding({ severity: 'warning', line: 1, hint: 'Quote it.' }), finding({ severity: 'info', line: 1, ruleId: 'x/y' })],
      'values.yaml',
      lengths,
    )
    expect(markers.map((marker) => marker.severity)).toEqual(['warning', 'info'])
    expect(markers[0]?.message).toBe('Bad YAML\nQuote it.')
    expect(markers[1]?.code).toBe('x/y')
  })
})
