import { describe, expect, it } from 'vitest'
import { lintPack } from '../../lintPack'
import { VALID_ADDON_PACK, lintWithRule, makePack, withFiles } from '../../../testing/packFixtures'
import { osMetadataJunk } from './os-metadata-junk'

const HINT = 'Remove it (the Problems panel can remove every such file at once).'

describe('files/os-metadata-junk', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK],
    ['a dotfile that is not junk', withFiles(VALID_ADDON_PACK, { '.helmignore': 'x' })],
    ['a name that only contains DS_Store', withFiles(VALID_ADDON_PACK, { 'manifests/DS_Store.yaml': '' })],
  ])('has nothing to say about %s', async (_label, files) => {
    expect(await lintWithRule(osMetadataJunk, files)).toEqual([])
  })

  it.each([
    ['.DS_Store', 'macOS Finder metadata (.DS_Store)'],
    ['manifests/.DS_Store', 'macOS Finder metadata (.DS_Store)'],
    ['__MACOSX/manifests/._x.yaml', 'macOS archive metadata (__MACOSX/)'],
    ['._values.yaml', 'a macOS AppleDouble resource file (._*)'],
    ['charts/Thumbs.db', 'Windows Explorer metadata (Thumbs.db)'],
    ['desktop.ini', 'Windows Explorer metadata (desktop.ini)'],
  ])('warns about %s', async (path, kind) => {
    const findings = await lintPack(makePack(withFiles(VALID_ADDON_PACK, { [path]: 'x' })), { mode: 'import', rules: [osMetadataJunk] })
    expect(findings).toEqual([{
      ruleId: 'files/os-metadata-junk',
      severity: 'warning',
      file: path,
      message: `${path} is ${kind}, not part of the pack; it would ship in the archive`,
      hint: HINT,
    }])
  })
})
