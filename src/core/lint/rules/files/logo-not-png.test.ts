import { describe, it } from 'vitest'
import { TINY_PNG, VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { logoNotPng } from './logo-not-png'
import { expectFindings } from '../../../testing/expectFindings'

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00])

describe('files/logo-not-png', () => {
  it.each([
    ['a real PNG', VALID_ADDON_PACK],
    ['no logo (another rule reports it)', withFiles(VALID_ADDON_PACK, { 'logo.png': undefined })],
  ])('has nothing to say about %s', async (_label, files) => {
    expectFindings(await lintWithRule(logoNotPng, files), [])
  })

  it.each([
    ['a JPEG', JPEG],
    ['an SVG', '<?xml version="1.0"?><svg/>'],
    ['a GIF', 'GIF89a\u0001\u0000\u0001\u0000'],
    ['text', 'logo'],
    ['a cut-off PNG', TINY_PNG.subarray(0, 16)],
  ])('flags %s named logo.png', async (_label, logo) => {
    expectFindings(await lintWithRule(logoNotPng, withFiles(VALID_ADDON_PACK, { 'logo.png': logo }), 'import'), [
      { ruleId: 'files/logo-not-png', severity: 'error', file: 'logo.png' },
    ])
  })
})
