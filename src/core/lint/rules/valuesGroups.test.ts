import { describe, expect, it } from 'vitest'
import { lintPack } from '../lintPack'
import { VALID_ADDON_PACK, makePack } from '../../testing/packFixtures'
import { MANIFESTS_RULES } from './manifests'
import { PRESETS_RULES } from './presets'
import { SCHEMA_YAML_RULES } from './schemaYaml'
import { VALUES_RULES } from './values'

const GROUPS = [...VALUES_RULES, ...PRESETS_RULES, ...SCHEMA_YAML_RULES, ...MANIFESTS_RULES]

describe('values, presets, schema.yaml and manifests rule groups', () => {
  it('find nothing in the valid add-on pack, in either mode', async () => {
    expect(await lintPack(makePack(VALID_ADDON_PACK), { mode: 'author', rules: GROUPS })).toEqual([])
    expect(await lintPack(makePack(VALID_ADDON_PACK), { mode: 'import', rules: GROUPS })).toEqual([])
  })

  it('use unique ids named after their group', () => {
    const ids = GROUPS.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^(pack-values|presets|schema-yaml|manifests)\/[a-z0-9-]+$/)
  })
})
