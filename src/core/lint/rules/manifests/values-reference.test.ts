import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { VALID_PRESETS } from '../../../testing/presetsFixtures'
import { manifestValuesReference } from './values-reference'
import { expectFindings } from '../../../testing/expectFindings'

const MANIFEST = 'manifests/hello-app.yaml'
const VALUES = 'pack:\n  namespace: a\nmanifests:\n  hello-app:\n    replicas: 1\n    image:\n      tag: "1.0"\n'
const lint = (manifest: string, extra: Record<string, string> = {}) =>
  lintWithRule(manifestValuesReference, withFiles(VALID_ADDON_PACK, { 'values.yaml': VALUES, [MANIFEST]: manifest, ...extra }))

describe('manifests/values-reference', () => {
  it.each([
    ['existing values', 'replicas: {{ .Values.replicas }}\ntag: {{ .Values.image.tag | quote }}\n'],
    ['a missing value under if', '{{ if .Values.debug }}\nkind: A\n{{ end }}\n'],
    ['a missing value with a default', 'port: {{ .Values.port | default 80 }}\n'],
    ['no template actions', 'kind: A\n'],
  ])('accepts %s', async (_name, manifest) => {
    expectFindings(await lint(manifest), [])
  })

  it('accepts a value only a preset adds', async () => {
    const values = 'pack:\n  namespace: a\n'
    expectFindings(await lint('replicas: {{ .Values.replicas }}\n', { 'presets.yaml': VALID_PRESETS, 'values.yaml': values }), [])
  })

  it('warns once per missing path, at its first use', async () => {
    const manifest = 'kind: A\nspec:\n  replicas: {{ .Values.replica }}\n  copy: {{ .Values.replica }}\n  tag: {{ .Values.image.version }}\n'
    expectFindings(await lint(manifest), [
      { ruleId: 'manifests/values-reference', severity: 'warning', file: MANIFEST, line: 3 },
      { ruleId: 'manifests/values-reference', severity: 'warning', file: MANIFEST, line: 5 },
    ])
  })

  it('warns when values.yaml has no section for the manifest', async () => {
    const files = { 'values.yaml': 'pack:\n  namespace: a\n' }
    expectFindings(await lint('a: b\nreplicas: {{ .Values.replicas }}\n', files), [
      { ruleId: 'manifests/values-reference', severity: 'warning', file: MANIFEST, line: 2 },
    ])
  })
})
