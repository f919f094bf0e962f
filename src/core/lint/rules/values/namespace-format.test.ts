import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { namespaceFormat } from './namespace-format'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (values: string) => lintWithRule(namespaceFormat, withFiles(VALID_ADDON_PACK, { 'values.yaml': values }))

describe('pack-values/namespace-format', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK['values.yaml'] as string],
    ['a one-letter namespace', 'pack:\n  namespace: a\n'],
    ['a 63-character namespace', `pack:\n  namespace: ${'a'.repeat(63)}\n`],
    ['a macro', 'pack:\n  namespace: "{{ .spectro.system.cluster.name }}"\n'],
    ['additional namespaces as a string', 'pack:\n  additionalNamespaces: extra-ns\n'],
    ['additional namespaces as a map', 'pack:\n  additionalNamespaces:\n    extra-ns: {}\n'],
    ['additional namespaces as a list', 'pack:\n  additionalNamespaces: [one, two]\n'],
  ])('accepts %s', async (_name, values) => {
    expectFindings(await lint(values), [])
  })

  it.each([
    ['upper case', 'pack:\n  namespace: MyApp\n', 2, '/pack/namespace'],
    ['a trailing dash', 'pack:\n  namespace: "app-"\n', 2, '/pack/namespace'],
    ['64 characters', `pack:\n  namespace: ${'a'.repeat(64)}\n`, 2, '/pack/namespace'],
    ['a number', 'pack:\n  namespace: 42\n', 2, '/pack/namespace'],
    ['a bad additional string', 'pack:\n  additionalNamespaces: Extra_NS\n', 2, '/pack/additionalNamespaces'],
    ['a bad map key', 'pack:\n  additionalNamespaces:\n    ok: {}\n    Not_OK: {}\n', 4, '/pack/additionalNamespaces/Not_OK'],
    ['a bad list item', 'pack:\n  additionalNamespaces:\n    - ok\n    - "no.dots"\n', 4, '/pack/additionalNamespaces/1'],
  ])('reports %s', async (_name, values, line, pointer) => {
    expectFindings(await lint(values), [{ ruleId: 'pack-values/namespace-format', severity: 'error', file: 'values.yaml', line, pointer }])
  })
})
