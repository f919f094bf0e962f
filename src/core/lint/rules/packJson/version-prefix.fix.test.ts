import { describe, expect, it } from 'vitest'
import { expectFixed, runFix } from '../../../testing/fixFixtures'
import { VALID_ADDON_PACK, withFiles } from '../../../testing/packFixtures'
import { versionPrefixRule } from './version-prefix'

const packJson = (version: string) => `{\n  "name": "hello-app",\n  "version": "${version}", "layer": "addon",\n  "kubeManifests": ["manifests/hello-app.yaml"]\n}\n`

describe('pack-json/version-prefix fixes', () => {
  it.each([
    ['v1.2.3', '1.2.3', 'error', 'author'],
    ['V0.1.0-rc.1', '0.1.0-rc.1', 'warning', 'import'],
  ] as const)('drops the leading letter of %s', async (version, fixed, severity, mode) => {
    const run = await runFix(versionPrefixRule, withFiles(VALID_ADDON_PACK, { 'pack.json': packJson(version) }), 'drop-v', { mode })
    expect(run.finding).toEqual({
      ruleId: 'pack-json/version-prefix',
      severity,
      file: 'pack.json',
      line: 3,
      column: 3,
      pointer: '/version',
      message: `The version "${version}" starts with "${version.charAt(0)}".`,
      hint: `Write "${fixed}"; Spectro's pack CI rejects a leading "v".`,
      fixes: [{ ruleId: 'pack-json/version-prefix', fixId: 'drop-v', title: `Change the version to "${fixed}"`, safe: false, args: { version } }],
    })
    expectFixed(run, { 'pack.json': packJson(fixed) })
  })
})
