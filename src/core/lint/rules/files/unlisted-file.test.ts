import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { unlistedFile } from './unlisted-file'
import { expectFindings } from '../../../testing/expectFindings'

describe('files/unlisted-file', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK],
    ['a listed chart', withFiles(VALID_ADDON_PACK, { 'pack.json': { ...VALID_PACK_JSON, charts: ['charts/a-1.0.0.tgz'] }, 'charts/a-1.0.0.tgz': 'x' })],
    ['a listed ./ manifest', withFiles(VALID_ADDON_PACK, { 'pack.json': { ...VALID_PACK_JSON, kubeManifests: ['./manifests/hello-app.yaml'] } })],
    ['an unpacked chart folder next to the .tgz', withFiles(VALID_ADDON_PACK, { 'charts/a/templates/x.tgz': 'x', 'charts/a/values.yaml': '' })],
    ['other files in manifests/', withFiles(VALID_ADDON_PACK, { 'manifests/README.md': '#' })],
    ['an unreadable pack.json', withFiles(VALID_ADDON_PACK, { 'pack.json': '{', 'manifests/extra.yaml': '' })],
  ])('has nothing to say about %s', async (_label, files) => {
    expectFindings(await lintWithRule(unlistedFile, files), [])
  })

  it.each([
    ['a stray manifest', { 'manifests/install-original.yaml': 'kind: Pod\n' }, 'manifests/install-original.yaml'],
    ['a stray manifest in a subfolder', { 'manifests/crds/x.yml': 'kind: Pod\n' }, 'manifests/crds/x.yml'],
    ['a stray chart', { 'charts/thanos-10.5.3.orig.tgz': 'x' }, 'charts/thanos-10.5.3.orig.tgz'],
    ['a loose file in charts/', { 'charts/kubevious-1.0.10.tgz.orig': 'x' }, 'charts/kubevious-1.0.10.tgz.orig'],
  ])('warns about %s', async (_label, extra, file) => {
    expectFindings(await lintWithRule(unlistedFile, withFiles(VALID_ADDON_PACK, extra), 'import'), [
      { ruleId: 'files/unlisted-file', severity: 'warning', file },
    ])
  })
})
