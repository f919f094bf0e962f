import { describe, expect, it } from 'vitest'
import { lintPack } from '../lint/lintPack'
import { VALID_ADDON_PACK, VALID_PACK_JSON, makePack, withFiles } from '../testing/packFixtures'
import { encodeText } from '../text/encoding'
import { parseYamlView } from './yamlView'

// Nine copies per level, six levels: 9^6 = 531,441 strings from 300 bytes.
const LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
].join('\n')
const ALIAS_MESSAGE = 'its aliases (*name) expand to more than 1000 copies, which looks like a "billion laughs" attack; Helm refuses such a file too'

describe('YAML alias expansion', () => {
  it('is a problem of the view, at the first alias', () => {
    const view = parseYamlView(encodeText(`pack:\n  namespace: a\n${LAUGHS}\n`))
    expect(view.value).toBeUndefined()
    expect(view.errors).toEqual([{ message: ALIAS_MESSAGE, code: 'TOO_MANY_ALIASES', position: { line: 4, column: 8 } }])
  })

  it('keeps ordinary anchors and merge keys working', () => {
    expect(parseYamlView(encodeText('base: &base {a: 1}\nx: *base\ny:\n  <<: *base\n  b: 2\n')).value).toEqual({ base: { a: 1 }, x: { a: 1 }, y: { a: 1, b: 2 } })
  })

  it('is one finding on values.yaml while every other rule still runs', async () => {
    const pack = makePack(withFiles(VALID_ADDON_PACK, { 'values.yaml': `pack:\n  namespace: a\n${LAUGHS}\n`, 'pack.json': { ...VALID_PACK_JSON, version: 'one' } }))
    const findings = await lintPack(pack, { mode: 'author' })
    expect(findings.filter((finding) => finding.file === 'values.yaml')).toEqual([
      { ruleId: 'pack-values/syntax', severity: 'error', file: 'values.yaml', line: 4, column: 8, message: `values.yaml cannot be read: ${ALIAS_MESSAGE}.` },
    ])
    expect(findings.some((finding) => finding.ruleId === 'pack-json/version-semver')).toBe(true)
    expect(findings.filter((finding) => finding.message.includes('internal error'))).toEqual([])
  })

  it('is one finding on schema.yaml and presets.yaml too', async () => {
    const pack = makePack(withFiles(VALID_ADDON_PACK, { 'schema.yaml': LAUGHS, 'presets.yaml': `presets: []\n${LAUGHS}\n` }))
    const findings = await lintPack(pack, { mode: 'author' })
    expect(findings.filter((finding) => finding.message.includes('billion laughs')).map((finding) => [finding.ruleId, finding.file, finding.line])).toEqual([
      ['presets/syntax', 'presets.yaml', 3],
      ['schema-yaml/syntax', 'schema.yaml', 2],
    ])
  })
})
