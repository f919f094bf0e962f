import { describe, expect, it } from 'vitest'
import { lintPack } from '../lintPack'
import { VALID_ADDON_PACK, makePack, withFiles } from '../../testing/packFixtures'
import { readTextFile } from '../../pack/pack'
import { FixError, applyFix, applyFixes, fixesOfKind, safeFixes } from './applyFix'

const TABS = 'pack:\n\tnamespace: a\n\tcontent: {}\n'
const messy = () => makePack(withFiles(VALID_ADDON_PACK, {
  'pack.json': '{\n  "name": "hello-app",\n  "version": "v1.0.0",\n  "layer": "addon",\n  "group": "",\n  "cloudTypes": ["all", "aws"],\n  "kubeManifests": ["manifests/hello-app.yaml"]\n}\n',
  'values.yaml': TABS,
}))

describe('applyFix', () => {
  it('refuses a descriptor naming an unknown rule or fix, with a message', () => {
    expect(() => applyFix(messy(), { ruleId: 'nope/nothing', fixId: 'x', title: 'x', safe: true, args: {} })).toThrow(new FixError('The rule nope/nothing has no fix "x".'))
  })

  it('returns the same pack for a stale descriptor (the problem is already gone)', () => {
    const pack = messy()
    expect(applyFix(pack, { ruleId: 'pack-json/version-prefix', fixId: 'drop-v', title: '', safe: false, args: { version: 'v9' } })).toBe(pack)
    expect(applyFix(pack, { ruleId: 'files/unlisted-file', fixId: 'list-file', title: '', safe: true, args: { path: 'manifests/gone.yaml', key: 'kubeManifests' } })).toBe(pack)
  })

  it('fixes all of one kind in one pass: every tab line, listed once per edit', async () => {
    const findings = await lintPack(messy(), { mode: 'author' })
    const fixes = fixesOfKind(findings, 'pack-values/indentation', 'tabs-to-spaces')
    expect(fixes.map((fix) => fix.args)).toEqual([{ lines: [2] }, { lines: [3] }])
    const { pack, applied } = applyFixes(messy(), fixes)
    expect(readTextFile(pack, 'values.yaml')).toBe('pack:\n  namespace: a\n  content: {}\n')
    expect(applied.map((entry) => entry.changedFiles)).toEqual([['values.yaml'], ['values.yaml']])
  })

  it('--fix picks each finding\'s first safe fix, never the unsafe ones', async () => {
    const findings = await lintPack(messy(), { mode: 'author' })
    const titles = safeFixes(findings).map((fix) => `${fix.ruleId}: ${fix.title}`)
    expect(titles).toEqual([
      'pack-json/blank-placeholder: Remove the blank "group"',
      'pack-json/cloud-types-all-exclusive: Keep only "all" in cloudTypes',
      'pack-values/indentation: Replace the tab with two spaces',
      'pack-values/indentation: Replace the tab with two spaces',
    ])
    const { pack } = applyFixes(messy(), safeFixes(findings))
    expect(readTextFile(pack, 'pack.json')).toBe('{\n  "name": "hello-app",\n  "version": "v1.0.0",\n  "layer": "addon",\n  "cloudTypes": [\n    "all"\n  ],\n  "kubeManifests": ["manifests/hello-app.yaml"]\n}\n')
  })
})
