import { describe, it } from 'vitest'
import { lintWithRule } from '../../../testing/packFixtures'
import { VALID_PRESETS, withPresets } from '../../../testing/presetsFixtures'
import { presetsAddFragment } from './add-fragment'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (presets: string) => lintWithRule(presetsAddFragment, withPresets(presets))
const HEAD = 'presets:\n  - name: a\n    displayName: A\n    group: G\n    remove: []\n'

describe('presets/add-fragment', () => {
  it.each([
    ['the valid presets', VALID_PRESETS],
    ['a quoted one-line fragment', `${HEAD}    add: "pack: {namespace: a}"\n`],
    ['an empty fragment', `${HEAD}    add: ""\n`],
  ])('accepts %s', async (_name, presets) => {
    expectFindings(await lint(presets), [])
  })

  it.each([
    ['a bad line inside a block fragment', `${HEAD}    add: |\n      charts:\n        app:\n          a: 1\n         b: 2\n`, 10],
    ['a tab inside a block fragment', `${HEAD}    add: |\n      charts:\n      \tapp: 1\n`, 8],
    ['an unclosed flow in a quoted fragment', `${HEAD}    add: "pack: {namespace: a"\n`, 6],
    ['a duplicate key in the fragment', `${HEAD}    add: |\n      pack: {}\n      pack: {}\n`, 8],
    // 20,000 levels overflowed yaml's composer: the finding quoted "Maximum call stack size exceeded".
    ['a fragment nested thousands deep', `${HEAD}    add: |\n      x:\n      ${'- '.repeat(20_000)}x\n`, 8],
  ])('reports %s at the presets.yaml line', async (_name, presets, line) => {
    expectFindings(await lint(presets), [{ ruleId: 'presets/add-fragment', severity: 'error', file: 'presets.yaml', line }])
  })
})
