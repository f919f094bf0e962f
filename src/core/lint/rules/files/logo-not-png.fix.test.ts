import { describe, expect, it } from 'vitest'
import { FixError, applyFix, canApplyFix, safeFixes } from '../../fixes/applyFix'
import { lintPack } from '../../lintPack'
import { VALID_ADDON_PACK, makePack, withFiles } from '../../../testing/packFixtures'
import { encodeText } from '../../../text/encoding'
import { logoNotPng } from './logo-not-png'

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])
const SVG = encodeText('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>')

describe('files/logo-not-png fixes', () => {
  it.each([
    ['jpeg', JPEG, 'a JPEG image'],
    ['svg', SVG, 'an SVG drawing'],
  ])('offers a browser-only conversion of a %s logo that the core and --fix leave to the app', async (format, bytes, described) => {
    const pack = makePack(withFiles(VALID_ADDON_PACK, { 'logo.png': bytes }))
    const findings = await lintPack(pack, { mode: 'author', rules: [logoNotPng] })
    const fix = { ruleId: 'files/logo-not-png', fixId: 'convert-to-png', title: 'Convert the logo to PNG', safe: true, browserOnly: true, args: { format } }
    expect(findings).toEqual([{
      ruleId: 'files/logo-not-png',
      severity: 'error',
      file: 'logo.png',
      message: `logo.png is ${described}, not a PNG`,
      hint: 'Convert the logo to PNG (for example with an image editor) and save it as logo.png.',
      fixes: [fix],
    }])
    expect(canApplyFix(fix)).toBe(false)
    expect(safeFixes(findings)).toEqual([])
    expect(() => applyFix(pack, fix)).toThrow(FixError)
  })

  it('offers nothing for a file that is no image at all', async () => {
    const findings = await lintPack(makePack(withFiles(VALID_ADDON_PACK, { 'logo.png': encodeText('hello') })), { rules: [logoNotPng] })
    expect(findings.map((finding) => finding.fixes)).toEqual([undefined])
  })
})
