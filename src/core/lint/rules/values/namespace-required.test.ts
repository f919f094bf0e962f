import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { namespaceRequired } from './namespace-required'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (values: string, mode: 'author' | 'import' = 'author', layer = 'addon') =>
  lintWithRule(namespaceRequired, withFiles(VALID_ADDON_PACK, { 'values.yaml': values, 'pack.json': { ...VALID_PACK_JSON, layer } }), mode)

describe('pack-values/namespace-required', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK['values.yaml'] as string, 'addon'],
    ['a csi pack without namespace', 'pack:\n  content: {}\n', 'csi'],
    ['an os pack with an empty values.yaml', '', 'os'],
    ['a values.yaml that does not parse', 'pack: "\n', 'addon'],
  ])('accepts %s', async (_name, values, layer) => {
    expectFindings(await lint(values, 'author', layer), [])
  })

  it.each([
    ['no namespace', 'pack:\n  content: {}\n', 'author', 'error', 1, '/pack'],
    ['an empty namespace', 'x: 1\npack:\n  namespace: ""\n', 'author', 'error', 3, '/pack/namespace'],
    ['no pack section', 'x: 1\n', 'author', 'error', 1, ''],
    ['no namespace on import', 'pack:\n  content: {}\n', 'import', 'warning', 1, '/pack'],
  ] as const)('reports %s', async (_name, values, mode, severity, line, pointer) => {
    expectFindings(await lint(values, mode), [{ ruleId: 'pack-values/namespace-required', severity, file: 'values.yaml', line, pointer }])
  })
})
