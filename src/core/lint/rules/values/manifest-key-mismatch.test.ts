import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { manifestKeyMismatch } from './manifest-key-mismatch'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (values: string, extra: Record<string, string | object> = {}) =>
  lintWithRule(manifestKeyMismatch, withFiles(VALID_ADDON_PACK, { 'values.yaml': values, ...extra }))

describe('pack-values/manifest-key-mismatch', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK['values.yaml'] as string, {}],
    ['a manifest in a subfolder', 'manifests:\n  snap:\n    a: 1\n', { 'pack.json': { ...VALID_PACK_JSON, kubeManifests: ['manifests/csi/snap.yml'] }, 'manifests/csi/snap.yml': 'kind: A\n' }],
    ['a manifest file not listed in pack.json', 'manifests:\n  extra: {}\n', { 'manifests/extra.yaml': 'kind: A\n' }],
    ['no manifests section', 'pack:\n  namespace: a\n', {}],
  ])('accepts %s', async (_name, values, extra) => {
    expectFindings(await lint(values, extra), [])
  })

  it.each([
    ['a key with the extension', 'manifests:\n  hello-app.yaml: {}\n', 2, '/manifests/hello-app.yaml'],
    ['a misspelled key', 'x: 1\nmanifests:\n  hello-app: {}\n  helo-app: {}\n', 4, '/manifests/helo-app'],
  ])('warns on %s', async (_name, values, line, pointer) => {
    expectFindings(await lint(values), [{ ruleId: 'pack-values/manifest-key-mismatch', severity: 'warning', file: 'values.yaml', line, pointer }])
  })
})
