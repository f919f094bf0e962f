import { decodeText } from '../text/encoding'
import type { LogoInspection } from './logoInfo'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
// How much of a file is looked at to recognise SVG text.
const SVG_HEAD_BYTES = 64 * 1024

/** Reads what a logo really is from its signature, with its pixel size where the header gives it. */
export function inspectLogo(bytes: Uint8Array): LogoInspection {
  const byteLength = bytes.length
  if (startsWith(bytes, PNG_SIGNATURE)) return { ...readPngSize(bytes), format: 'png', byteLength }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ...readJpegSize(bytes), format: 'jpeg', byteLength }
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') {
    return bytes.length >= 10 ? { format: 'gif', width: le16(bytes, 6), height: le16(bytes, 8), byteLength } : { format: 'gif', byteLength }
  }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { ...readWebpSize(bytes), format: 'webp', byteLength }
  if (looksLikeSvg(bytes)) return { format: 'svg', byteLength }
  return { format: 'unknown', byteLength }
}

type Size = { width: number; height: number } | { problem: string } | Record<string, never>

function readPngSize(bytes: Uint8Array): Size {
  if (bytes.length < 24) return { problem: 'the PNG is cut off before its IHDR header' }
  if (ascii(bytes, 12, 4) !== 'IHDR') return { problem: 'the PNG does not start with an IHDR header chunk' }
  const width = be32(bytes, 16)
  const height = be32(bytes, 20)
  if (width === 0 || height === 0) return { problem: `the PNG header says it is ${width}x${height} pixels` }
  return { width, height }
}

function readJpegSize(bytes: Uint8Array): Size {
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return {}
    const marker = bytes[offset + 1] ?? 0
    if (marker === 0xff) {
      offset += 1
      continue
    }
    // Standalone markers carry no length.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      offset += 2
      continue
    }
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isStartOfFrame) return { height: be16(bytes, offset + 5), width: be16(bytes, offset + 7) }
    offset += 2 + be16(bytes, offset + 2)
  }
  return {}
}

function readWebpSize(bytes: Uint8Array): Size {
  const chunk = ascii(bytes, 12, 4)
  if (chunk === 'VP8X' && bytes.length >= 30) return { width: 1 + le24(bytes, 24), height: 1 + le24(bytes, 27) }
  if (chunk === 'VP8 ' && bytes.length >= 30) return { width: le16(bytes, 26) & 0x3fff, height: le16(bytes, 28) & 0x3fff }
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = le32(bytes, 21)
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) }
  }
  return {}
}

/** SVG text: optional BOM, whitespace, XML declaration, comments and doctype, then `<svg`. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  let text = decodeText(bytes.subarray(0, SVG_HEAD_BYTES)).replace(/^\uFEFF/, '')
  for (;;) {
    const trimmed = text.trimStart()
    const prolog = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)/i.exec(trimmed)
    if (prolog === null) return /^<svg[\s>/]/i.test(trimmed)
    text = trimmed.slice(prolog[0].length)
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length))
}

function at(bytes: Uint8Array, offset: number): number {
  return bytes[offset] ?? 0
}

function be16(bytes: Uint8Array, offset: number): number {
  return (at(bytes, offset) << 8) | at(bytes, offset + 1)
}

function be32(bytes: Uint8Array, offset: number): number {
  return ((at(bytes, offset) << 24) | (at(bytes, offset + 1) << 16) | (at(bytes, offset + 2) << 8) | at(bytes, offset + 3)) >>> 0
}

function le16(bytes: Uint8Array, offset: number): number {
  return at(bytes, offset) | (at(bytes, offset + 1) << 8)
}

function le24(bytes: Uint8Array, offset: number): number {
  return at(bytes, offset) | (at(bytes, offset + 1) << 8) | (at(bytes, offset + 2) << 16)
}

function le32(bytes: Uint8Array, offset: number): number {
  return (le24(bytes, offset) | (at(bytes, offset + 3) << 24)) >>> 0
}
