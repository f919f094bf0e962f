import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { nothingToInstall } from './nothing-to-install'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'files/nothing-to-install'
const withPackJson = (packJson: object) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const withoutLists = Object.fromEntries(Object.entries(VALID_PACK_JSON).filter(([key]) => key !== 'kubeManifests'))

describe(RULE, () => {
  it.each<[string, object]>([
    ['a manifest pack', VALID_PACK_JSON],
    ['a chart pack', { ...withoutLists, charts: ['charts/a-1.0.0.tgz'] }],
    ['an OS pack with nothing to install', { ...withoutLists, layer: 'os', kubeManifests: [] }],
  ])('says nothing about %s', async (_label, packJson) => {
    expectFindings(await lintWithRule(nothingToInstall, withPackJson(packJson)), [])
  })

  it.each<[string, object, 'author' | 'import', 'error' | 'warning']>([
    ['an add-on pack with empty lists (author)', { ...withoutLists, kubeManifests: [], charts: [] }, 'author', 'error'],
    ['an add-on pack without lists (import)', withoutLists, 'import', 'warning'],
  ])('reports %s on the layer line', async (_label, packJson, mode, severity) => {
    expectFindings(await lintWithRule(nothingToInstall, withPackJson(packJson), mode), [{ ruleId: RULE, severity, file: 'pack.json', pointer: '/layer', line: 5 }])
  })
})
