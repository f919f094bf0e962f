import { describe, expect, it } from 'vitest'
import { expectFixed, runFix } from '../../../testing/fixFixtures'
import { VALID_ADDON_PACK, VALID_PACK_JSON, withFiles } from '../../../testing/packFixtures'
import { namespaceRequired } from './namespace-required'

const FIX = { ruleId: 'pack-values/namespace-required', fixId: 'add-namespace', title: 'Set pack.namespace to "hello-app"', safe: false, args: { namespace: 'hello-app' } }

describe('pack-values/namespace-required fixes', () => {
  it.each([
    ['adds it first under pack:', '# top\npack:\n    content: {}   # images later\nmanifests: {}\n', 2, 1, '/pack', '# top\npack:\n    namespace: "hello-app"\n    content: {}   # images later\nmanifests: {}\n'],
    ['adds a pack: section before the first key', '# top\n\nmanifests:\n  hello-app: {}\n', 3, 1, '', '# top\n\npack:\n  namespace: "hello-app"\nmanifests:\n  hello-app: {}\n'],
    ['fills an empty namespace', 'pack:\n  namespace: ""  # set me\n', 2, 3, '/pack/namespace', 'pack:\n  namespace: "hello-app"  # set me\n'],
    ['fills a namespace with no value', 'pack:\n  namespace:\n  content: {}\n', 2, 3, '/pack/namespace', 'pack:\n  namespace: "hello-app"\n  content: {}\n'],
    ['fills an empty pack:', 'pack:\nmanifests: {}\n', 1, 1, '', 'pack:\n  namespace: "hello-app"\nmanifests: {}\n'],
    ['writes an empty file', '', 0, 0, '', 'pack:\n  namespace: "hello-app"\n'],
  ])('%s', async (_name, values, line, column, pointer, after) => {
    const run = await runFix(namespaceRequired, withFiles(VALID_ADDON_PACK, { 'values.yaml': values }), 'add-namespace')
    expect(run.finding).toEqual({
      ruleId: 'pack-values/namespace-required',
      severity: 'error',
      file: 'values.yaml',
      // An empty file has no place to point at.
      ...(line === 0 ? {} : { line, column }),
      pointer,
      message: 'This add-on pack does not set `pack.namespace`, so Palette does not know which namespace to install into.',
      hint: 'Add `namespace: "<name>"` under `pack:` in values.yaml.',
      fixes: [FIX],
    })
    expectFixed(run, { 'values.yaml': after })
  })

  it('makes a Kubernetes name of the pack name', async () => {
    const run = await runFix(namespaceRequired, withFiles(VALID_ADDON_PACK, { 'pack.json': { ...VALID_PACK_JSON, name: 'My_App.v2' }, 'values.yaml': 'pack: {}\n' }), 'add-namespace')
    expect(run.finding.fixes?.[0]?.args).toEqual({ namespace: 'my-app-v2' })
  })
})
