import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { macroQuoting } from './macro-quoting'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (values: string) => lintWithRule(macroQuoting, withFiles(VALID_ADDON_PACK, { 'values.yaml': values }))

describe('pack-values/macro-quoting', () => {
  it.each([
    ['no macros', VALID_ADDON_PACK['values.yaml'] as string],
    ['a single-quoted profile variable', "charts:\n  app:\n    host: '{{.spectro.var.host}}'\n"],
    ['a double-quoted system macro', 'pack:\n  namespace: "{{ .spectro.system.cluster.name }}"\n'],
    ['a macro inside a plain scalar', 'pack:\n  namespaceLabels:\n    ns: k=v{{ .spectro.system.kubernetes.version | substr 0 4 }}\n'],
    ['a macro in a block scalar', 'charts:\n  app:\n    config: |\n      name: {{ .spectro.system.cluster.name }}\n'],
    ['a macro in a comment', '# host: {{ .spectro.var.host }}\npack: {}\n'],
  ])('accepts %s', async (_name, values) => {
    expectFindings(await lint(values), [])
  })

  it.each([
    ['an unquoted value', 'charts:\n  app:\n    host: {{ .spectro.system.cluster.name }}\n', 3],
    ['an unquoted list item', 'charts:\n  app:\n    hosts:\n      - {{.spectro.macro.host}}\n', 4],
    ['an unquoted macro followed by text (a YAML error)', 'charts:\n  app:\n    host: {{ .spectro.system.cluster.name }}.example.com\n', 3],
    ['a quoted profile variable under pack.content', "pack:\n  content:\n    images:\n      - image: '{{.spectro.var.registry}}/app:1'\n", 4],
  ])('reports %s', async (_name, values, line) => {
    expectFindings(await lint(values), [{ ruleId: 'pack-values/macro-quoting', severity: 'error', file: 'values.yaml', line }])
  })

  it('reports an unquoted profile variable under pack.content twice: unquoted, and misplaced', async () => {
    const findings = await lint('pack:\n  content:\n    images:\n      - image: {{.spectro.var.image}}\n')
    expectFindings(findings, [
      { ruleId: 'pack-values/macro-quoting', severity: 'error', file: 'values.yaml', line: 4 },
      { ruleId: 'pack-values/macro-quoting', severity: 'error', file: 'values.yaml', line: 4 },
    ])
  })
})
