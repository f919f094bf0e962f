import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { lintPack } from '../../lintPack'
import { VALID_ADDON_PACK, makePack } from '../../../testing/packFixtures'
import { PACK_JSON_RULES } from './index'

describe('PACK_JSON_RULES', () => {
  it('has unique pack-json/<name> ids, each in <name>.ts with a table test beside it', () => {
    const ids = PACK_JSON_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      const name = id.replace(/^pack-json\//, '')
      expect(id).toMatch(/^pack-json\/[a-z]+(-[a-z0-9]+)*$/)
      expect(existsSync(fileURLToPath(new URL(`./${name}.ts`, import.meta.url))), id).toBe(true)
      expect(existsSync(fileURLToPath(new URL(`./${name}.test.ts`, import.meta.url))), id).toBe(true)
    }
  })

  it.each(['author', 'import'] as const)('finds nothing in the valid add-on fixture in %s mode', async (mode) => {
    expect(await lintPack(makePack(VALID_ADDON_PACK), { mode, rules: PACK_JSON_RULES })).toEqual([])
  })
})
