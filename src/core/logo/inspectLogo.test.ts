import { describe, expect, it } from 'vitest'
import { TINY_PNG } from '../testing/packFixtures'
import { encodeText } from '../text/encoding'
import { inspectLogo } from './inspectLogo'

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...encodeText(part)] : part)))

const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0], [0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x30, 0x00, 0x40, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
const GIF = bytes('GIF89a', [0x20, 0x00, 0x10, 0x00, 0, 0, 0])
const WEBP_VP8X = bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8X', [10, 0, 0, 0, 0, 0, 0, 0], [99, 0, 0], [49, 0, 0])
const WEBP_VP8L = bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8L', [0, 0, 0, 0, 0x2f], [0x3f, 0xc0, 0x0f, 0x00])

describe('inspectLogo', () => {
  it.each([
    ['a PNG', TINY_PNG, { format: 'png', width: 2, height: 2 }],
    ['a JPEG with a SOF0 frame', JPEG, { format: 'jpeg', width: 64, height: 48 }],
    ['a JPEG without a frame header', bytes([0xff, 0xd8, 0xff, 0xe0]), { format: 'jpeg' }],
    ['a GIF', GIF, { format: 'gif', width: 32, height: 16 }],
    ['a GIF87a header alone', bytes('GIF87a'), { format: 'gif' }],
    ['a VP8X WebP', WEBP_VP8X, { format: 'webp', width: 100, height: 50 }],
    ['a lossless WebP', WEBP_VP8L, { format: 'webp', width: 64, height: 64 }],
    ['an SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), { format: 'svg' }],
    ['an SVG after BOM, XML declaration, comment and doctype', bytes('\uFEFF  <?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg width="1">'), { format: 'svg' }],
    ['HTML', bytes('<html><svg></svg></html>'), { format: 'unknown' }],
    ['text', bytes('not an image'), { format: 'unknown' }],
    ['an empty file', bytes(), { format: 'unknown' }],
  ])('recognises %s', (_label, logo, expected) => {
    expect(inspectLogo(logo)).toEqual({ ...expected, byteLength: logo.length })
  })

  it.each([
    ['cut off before the IHDR', TINY_PNG.subarray(0, 20), /cut off/],
    ['without an IHDR chunk', Uint8Array.from([...TINY_PNG.subarray(0, 12), ...encodeText('IDAT'), ...TINY_PNG.subarray(16)]), /IHDR/],
    ['with a zero width', Uint8Array.from([...TINY_PNG.subarray(0, 16), 0, 0, 0, 0, ...TINY_PNG.subarray(20)]), /0x2 pixels/],
  ])('explains a PNG %s', (_label, logo, problem) => {
    const inspection = inspectLogo(logo)
    expect(inspection.format).toBe('png')
    expect(inspection.width).toBeUndefined()
    expect(inspection.problem).toMatch(problem)
  })
})
