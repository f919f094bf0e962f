import { VALID_ADDON_PACK, withFiles } from './packFixtures'
import type { FixtureFiles } from './packFixtures'

/** A valid presets.yaml for VALID_ADDON_PACK: two presets of one group. */
export const VALID_PRESETS = [
  'presets:',
  '  - name: "one"',
  '    displayName: "One replica"',
  '    group: "Replicas"',
  '    remove: ["manifests.hello-app.replicas"]',
  '    add: |',
  '      manifests:',
  '        hello-app:',
  '          replicas: 1',
  '  - name: "two"',
  '    displayName: "Two replicas"',
  '    group: "Replicas"',
  '    remove: []',
  '    add: |',
  '      manifests:',
  '        hello-app:',
  '          replicas: 2',
  '',
].join('\n')

/** VALID_ADDON_PACK with a presets.yaml (and optionally another values.yaml). */
export function withPresets(presets: string, values?: string): FixtureFiles {
  return withFiles(VALID_ADDON_PACK, { 'presets.yaml': presets, ...(values !== undefined ? { 'values.yaml': values } : {}) })
}
