import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { listedPathForm } from './listed-path-form'
import { expectFindings } from '../../../testing/expectFindings'

const withLists = (lists: Record<string, unknown>) => withFiles(VALID_ADDON_PACK, { 'pack.json': { ...VALID_PACK_JSON, ...lists } })

describe('files/listed-path-form', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK],
    ['a ./ prefix and .yml', withLists({ kubeManifests: ['./manifests/a.yml'] })],
    ['a chart path', withLists({ charts: ['charts/wordpress-19.4.3.tgz'] })],
    ['a list that is not an array (another rule reports it)', withLists({ kubeManifests: 'manifests/a.yaml' })],
    ['broken pack.json', withFiles(VALID_ADDON_PACK, { 'pack.json': '{"kubeManifests": [1,' })],
  ])('has nothing to say about %s', async (_label, files) => {
    expectFindings(await lintWithRule(listedPathForm, files), [])
  })

  it.each([
    ['a number', { kubeManifests: [42] }, '/kubeManifests/0', 11],
    ['an empty string', { kubeManifests: [''] }, '/kubeManifests/0', 11],
    ['an absolute path', { kubeManifests: ['manifests/ok.yaml', '/manifests/a.yaml'] }, '/kubeManifests/1', 12],
    ['a Windows path', { kubeManifests: ['C:/a.yaml'] }, '/kubeManifests/0', 11],
    ['a backslash', { kubeManifests: ['manifests\\a.yaml'] }, '/kubeManifests/0', 11],
    ['a .. segment', { kubeManifests: ['../a.yaml'] }, '/kubeManifests/0', 11],
    ['a manifest that is not YAML', { kubeManifests: ['manifests/a.json'] }, '/kubeManifests/0', 11],
    ['a chart that is not a .tgz', { kubeManifests: [], charts: ['charts/wordpress'] }, '/charts/0', 12],
  ])('flags %s', async (_label, lists, pointer, line) => {
    expectFindings(await lintWithRule(listedPathForm, withLists(lists), 'import'), [
      { ruleId: 'files/listed-path-form', severity: 'error', file: 'pack.json', line, pointer },
    ])
  })
})
