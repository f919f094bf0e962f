import { describe, expect, it } from 'vitest'
import { MAX_MARKDOWN_NESTING, markdownNestingBound } from './markdownDepth'

describe('markdownNestingBound', () => {
  it.each([
    ['# Title\n\nSome text.\n', 0],
    ['> quote\n> > nested\n', 2],
    ['- a\n  - b\n    - c\n', 3],
    ['1. one\n   1. two\n', 2],
  ])('bounds %j at %d', (text, bound) => {
    expect(markdownNestingBound(text)).toBe(bound)
  })

  it('is over the cap for a README of thousands of nested quotes and lists', () => {
    expect(markdownNestingBound('>'.repeat(5000) + ' deep\n')).toBeGreaterThan(MAX_MARKDOWN_NESTING)
    expect(markdownNestingBound(Array.from({ length: 3000 }, (_, level) => `${' '.repeat(level * 2)}- item`).join('\n'))).toBeGreaterThan(MAX_MARKDOWN_NESTING)
  })
})
