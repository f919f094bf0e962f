import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { annotationsRule } from './annotations'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/annotations'
const packWith = (packJson: object | string) => withFiles(VALID_ADDON_PACK, { 'pack.json': packJson })
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

describe(RULE, () => {
  it.each([{}, { source: 'community', ingressSupported: 'true' }])('accepts %j', async (annotations) => {
    for (const mode of MODES) expectFindings(await lintWithRule(annotationsRule, packWith({ ...VALID_PACK_JSON, annotations }), mode), [])
  })

  it.each<[string, unknown, FindingLocation[]]>([
    ['an array', ['source=community'], [found('error', { pointer: '/annotations', line: 13 })]],
    ['a string', 'community', [found('error', { pointer: '/annotations', line: 13 })]],
    [
      'a boolean and a number value',
      { source: 'community', ingressSupported: true, replicas: 2 },
      [found('error', { pointer: '/annotations/ingressSupported', line: 15 }), found('error', { pointer: '/annotations/replicas', line: 16 })],
    ],
    ['an object value', { nested: { a: 'b' } }, [found('error', { pointer: '/annotations/nested', line: 14 })]],
  ])('reports %s in both modes', async (_label, annotations, expected) => {
    for (const mode of MODES) expectFindings(await lintWithRule(annotationsRule, packWith({ ...VALID_PACK_JSON, annotations }), mode), expected)
  })
})
