import { describe, expect, it } from 'vitest'
import { lintPack } from '../../lintPack'
import { TINY_PNG, VALID_ADDON_PACK, makePack, withFiles } from '../../../testing/packFixtures'
import { logoTooLarge } from './logo-too-large'

/** TINY_PNG with the IHDR width and height rewritten: the header is all the rule reads. */
function pngDeclaring(width: number, height: number): Uint8Array {
  const bytes = TINY_PNG.slice()
  const view = new DataView(bytes.buffer)
  view.setUint32(16, width)
  view.setUint32(20, height)
  return bytes
}

describe('files/logo-too-large', () => {
  it.each([[1, 1], [4096, 4096], [4096, 10]])('accepts %dx%d', async (width, height) => {
    expect(await lintPack(makePack(withFiles(VALID_ADDON_PACK, { 'logo.png': pngDeclaring(width, height) })), { rules: [logoTooLarge] })).toEqual([])
  })

  it('reports a 20000x20000 logo from its header', async () => {
    expect(await lintPack(makePack(withFiles(VALID_ADDON_PACK, { 'logo.png': pngDeclaring(20000, 20000) })), { rules: [logoTooLarge] })).toEqual([
      {
        ruleId: 'files/logo-too-large',
        severity: 'error',
        file: 'logo.png',
        message: 'logo.png is 20000x20000 pixels; decoding it would take 1526 MiB of memory, so it is not shown or used',
        hint: 'Scale the logo down to at most 4096x4096 pixels (a few hundred pixels is plenty).',
      },
    ])
  })
})
