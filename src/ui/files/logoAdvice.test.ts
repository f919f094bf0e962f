import { describe, expect, it } from 'vitest'
import { conversionSize, formatBytes, logoWarnings } from './logoAdvice'

describe('logoWarnings', () => {
  it('has nothing to say about a square mid-size logo', () => {
    expect(logoWarnings({ format: 'png', width: 256, height: 256, byteLength: 20_000 })).toEqual([])
  })

  it('warns about small, large, non-square and heavy logos', () => {
    expect(logoWarnings({ format: 'png', width: 32, height: 32, byteLength: 500 })).toHaveLength(1)
    expect(logoWarnings({ format: 'png', width: 3000, height: 3000, byteLength: 100 })).toHaveLength(1)
    expect(logoWarnings({ format: 'png', width: 300, height: 200, byteLength: 100 })).toHaveLength(1)
    expect(logoWarnings({ format: 'png', width: 256, height: 256, byteLength: 2_000_000 })).toHaveLength(1)
  })

  it('says nothing about the shape when the size is unknown', () => {
    expect(logoWarnings({ format: 'unknown', byteLength: 10 })).toEqual([])
  })
})

describe('formatBytes', () => {
  it.each([[10, '10 B'], [2048, '2.0 KiB'], [3 * 1024 * 1024, '3.0 MiB']])('%d -> %s', (count, text) => {
    expect(formatBytes(count)).toBe(text)
  })
})

describe('conversionSize', () => {
  it('keeps raster sizes and scales small vectors up', () => {
    expect(conversionSize('jpeg', 40, 20)).toEqual({ width: 40, height: 20 })
    expect(conversionSize('svg', 64, 32)).toEqual({ width: 256, height: 128 })
    expect(conversionSize('svg', 0, 0)).toEqual({ width: 512, height: 512 })
  })
})
