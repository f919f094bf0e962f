import { describe, expect, it } from 'vitest'
import { createLintContext } from '../../lintContext'
import { runRules } from '../../lintPack'
import { chartYaml, makeChartTgz } from '../../../testing/chartFixtures'
import { VALID_ADDON_PACK, makePack, withFiles } from '../../../testing/packFixtures'
import { unknownChartKey } from './unknown-chart-key'

const CODER_VALUES = 'coder:\n  env: []\n  image:\n    repo: ghcr.io/coder/coder\nreplicaCount: 1\n'

async function lint(values: string, chartValues: string | null = CODER_VALUES, extraChartYaml = '', templates: Record<string, string> = {}) {
  const chart = await makeChartTgz({ folder: 'coder', chartYaml: chartYaml('coder', '2.0.0') + extraChartYaml, ...(chartValues !== null ? { valuesYaml: chartValues } : {}), files: templates })
  const pack = makePack(withFiles(VALID_ADDON_PACK, { 'values.yaml': values, 'charts/coder-2.0.0.tgz': chart }))
  return runRules(await createLintContext(pack, 'author'), [unknownChartKey])
}

describe('pack-values/unknown-chart-key', () => {
  it.each([
    ['keys the defaults define', 'charts:\n  coder:\n    coder:\n      env: []\n    replicaCount: 2\n'],
    ['global', 'charts:\n  coder:\n    global:\n      imageRegistry: r.example.com\n'],
    ['a chart key of another chart', 'charts:\n  other:\n    env: []\n'],
    ['no charts section', 'pack:\n  namespace: a\n'],
  ])('accepts %s', async (_label, values) => {
    expect(await lint(values)).toEqual([])
  })

  it('accepts subchart keys and keys the templates read, and says nothing without chart defaults', async () => {
    expect(await lint('charts:\n  coder:\n    db:\n      auth: {}\n    extraEnv: []\n', CODER_VALUES, 'dependencies:\n  - name: postgresql\n    alias: db\n', { 'templates/deploy.yaml': '{{ .Values.extraEnv }}' })).toEqual([])
    expect(await lint('charts:\n  coder:\n    env: []\n', null)).toEqual([])
  })

  it.each([
    ['a value one level too high', 'charts:\n  coder:\n    env:\n      - name: A\n', 'env', 'coder.env', 3, 5],
    ['a typo of a top key', 'charts:\n  coder:\n    replicacount: 2\n', 'replicacount', 'replicaCount', 3, 5],
  ])('warns on %s, naming the nearest key', async (_label, values, key, nearest, line, column) => {
    expect(await lint(values)).toEqual([{
      ruleId: 'pack-values/unknown-chart-key',
      severity: 'warning',
      file: 'values.yaml',
      pointer: `/charts/coder/${key}`,
      line,
      column,
      message: `The chart coder has no top-level key \`${key}\`; the nearest is \`${nearest}\`, so Helm ignores \`charts.coder.${key}\`.`,
      hint: `Move it to \`charts.coder.${nearest}\`, where the chart reads it.`,
    }])
  })

  it('warns without a suggestion when nothing is near', async () => {
    expect(await lint('charts:\n  coder:\n    unrelated: true\n')).toEqual([{
      ruleId: 'pack-values/unknown-chart-key',
      severity: 'warning',
      file: 'values.yaml',
      pointer: '/charts/coder/unrelated',
      line: 3,
      column: 5,
      message: 'The chart coder has no top-level key `unrelated`, so Helm ignores `charts.coder.unrelated`.',
      hint: "Check the chart's values.yaml for the right key; values the chart never reads have no effect.",
    }])
  })
})
