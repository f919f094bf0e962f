import { describe, expect, it } from 'vitest'
import { decodeText, encodeText } from './encoding'

// The reference: what the platform's own encoder gives, byte for byte.
const reference = (text: string) => new TextEncoder().encode(text)

describe('encodeText', () => {
  it.each([
    ['empty', ''],
    ['ASCII', 'pack:\n  namespace: web\n'],
    ['Latin-1 beyond ASCII', 'name: café\n'],
    ['three-byte characters', 'note: 日本語 …\n'],
    ['a surrogate pair (4 bytes)', 'emoji: 😀\n'],
    ['a lone surrogate (U+FFFD, as the platform writes it)', 'bad: \uD800 end'],
    ['non-ASCII only at the very end', `${'a'.repeat(1000)}é`],
  ])('encodes %s exactly as TextEncoder does', (_label, text) => {
    const bytes = encodeText(text)
    expect(bytes).toEqual(reference(text))
    expect(bytes.length).toBe(reference(text).length)
  })

  it('round-trips a large ASCII file', () => {
    const text = 'key: value # comment\n'.repeat(15_000)
    const bytes = encodeText(text)
    expect(bytes.length).toBe(text.length)
    expect(decodeText(bytes)).toBe(text)
  })
})
