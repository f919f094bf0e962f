import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { listedFileMissing } from './listed-file-missing'
import { expectFindings } from '../../../testing/expectFindings'

const withLists = (lists: Record<string, unknown>, extra: Record<string, string> = {}) =>
  withFiles(VALID_ADDON_PACK, { 'pack.json': { ...VALID_PACK_JSON, ...lists }, ...extra })

describe('files/listed-file-missing', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK],
    ['a ./ prefix', withLists({ kubeManifests: ['./manifests/hello-app.yaml'] })],
    ['a listed chart that exists', withLists({ charts: ['charts/a-1.0.0.tgz'] }, { 'charts/a-1.0.0.tgz': 'x' })],
    ['a malformed path (another rule reports it)', withLists({ kubeManifests: ['../x.yaml', 7] })],
    ['no pack.json', withFiles(VALID_ADDON_PACK, { 'pack.json': undefined })],
  ])('has nothing to say about %s', async (_label, files) => {
    expectFindings(await lintWithRule(listedFileMissing, files), [])
  })

  it.each([
    ['a missing manifest', { kubeManifests: ['manifests/hello-app.yaml', 'manifests/gone.yaml'] }, '/kubeManifests/1', 12],
    ['a missing chart', { charts: ['charts/gateway-api-crds-1.4.0.tgz'] }, '/charts/0', 14],
    ['a path in the wrong case', { kubeManifests: ['manifests/Hello-App.yaml'] }, '/kubeManifests/0', 11],
  ])('flags %s', async (_label, lists, pointer, line) => {
    expectFindings(await lintWithRule(listedFileMissing, withLists(lists), 'import'), [
      { ruleId: 'files/listed-file-missing', severity: 'error', file: 'pack.json', line, pointer },
    ])
  })
})
