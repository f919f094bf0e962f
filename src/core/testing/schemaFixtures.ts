import { VALID_ADDON_PACK, withFiles } from './packFixtures'
import type { FixtureFiles } from './packFixtures'

/** VALID_ADDON_PACK with a schema.yaml (and optionally other values or presets). */
export function withSchema(schema: string, changes: Readonly<Record<string, string>> = {}): FixtureFiles {
  return withFiles(VALID_ADDON_PACK, { 'schema.yaml': schema, ...changes })
}
