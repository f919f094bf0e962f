import { describe, expect, it } from 'vitest'
import { dataUrl } from './dataUrl'

describe('dataUrl', () => {
  it('encodes bytes as base64, across chunk boundaries', () => {
    expect(dataUrl(Uint8Array.of(0x89, 0x50, 0x4e, 0x47), 'image/png')).toBe('data:image/png;base64,iVBORw==')
    const big = new Uint8Array(0x8000 * 2 + 3).map((_, index) => index % 251)
    const encoded = dataUrl(big, 'image/png').slice('data:image/png;base64,'.length)
    expect(Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0))).toEqual(big)
  })
})
