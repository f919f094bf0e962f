import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { lintPack } from '../lint/lintPack'
import { PACK_JSON_RULES } from '../lint/rules/packJson'
import type { LintMode } from '../lint/types'
import { VALID_PACK_JSON, makePack } from '../testing/packFixtures'
import {
  ADDON_TYPES,
  CLOUD_TYPES,
  DEPENDENCY_TYPES,
  EMITTED_SCHEDULE_TYPES,
  IMPORT_CLOUD_TYPES,
  LAYERS,
  OS_ANNOTATION_SETS,
  PACK_JSON_AUTHOR_SCHEMA,
  PACK_JSON_IMPORT_SCHEMA,
  RESOURCE_TYPES,
  SCHEDULE_TYPES,
} from './packJsonSchema'

function compile(schema: object) {
  return new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema)
}
const validateAuthor = compile(PACK_JSON_AUTHOR_SCHEMA)
const validateImport = compile(PACK_JSON_IMPORT_SCHEMA)

/** Rules that check what JSON Schema cannot express, so they may report errors on schema-valid input. */
const BEYOND_SCHEMA = new Set(['pack-json/duplicate-key', 'pack-json/kube-manifests-case', 'pack-json/os-pack', 'pack-json/dependencies', 'pack-json/cloud-type-singular'])

const AZURE_OS = {
  annotations: { imageOffer: 'CentOS', imagePublisher: 'OpenLogic', imageSKU: '7.7', osName: 'centos', os_spectro_version: '0', sshUsername: 'centos', skipK8sInstall: 'true' },
  cloudTypes: ['azure'],
  displayName: 'CentOS',
  eol: '2024-06-30',
  kubeManifests: [],
  layer: 'os',
  name: 'golden-centos-azure',
  version: '7.7.1908',
}
const dependency = (extra: object) => ({ ...VALID_PACK_JSON, constraints: { dependencies: [{ packName: 'kubernetes', layer: 'k8s', type: 'optional', ...extra }] } })
const resource = (extra: object) => ({ ...VALID_PACK_JSON, constraints: { resources: [{ type: 'cpu', minLimit: 100, ...extra }] } })
const without = (key: string) => Object.fromEntries(Object.entries(VALID_PACK_JSON).filter(([name]) => name !== key))

/** [label, pack.json, valid under the author schema, valid under the import schema]. */
const CASES: readonly [string, object, boolean, boolean][] = [
  ['the valid fixture', VALID_PACK_JSON, true, true],
  ['the docs Azure OS pack', AZURE_OS, true, true],
  ['constraints from the docs', { ...dependency({ minVersion: '1.17.0', maxVersion: '1.18.6' }), addonType: 'system app' }, true, true],
  ['resource components', resource({ components: [{ scheduleType: 'worker' }] }), true, true],
  ['control-plane (accepted, lint says emit master)', resource({ components: [{ scheduleType: 'control-plane' }] }), true, true],
  ['a two-part version', { ...VALID_PACK_JSON, version: '1.5' }, true, true],
  ['an unknown key (kept; the rules speak about it)', { ...VALID_PACK_JSON, commit_msg: 'x', readinessCheck: { a: 1 } }, true, true],
  ['a missing name', without('name'), false, false],
  ['an unknown layer', { ...VALID_PACK_JSON, layer: 'app' }, false, false],
  ['no cloudTypes', without('cloudTypes'), false, true],
  ['empty cloudTypes', { ...VALID_PACK_JSON, cloudTypes: [] }, false, true],
  ['cloud type custom', { ...VALID_PACK_JSON, cloudTypes: ['custom'] }, false, true],
  ['cloud type gke', { ...VALID_PACK_JSON, cloudTypes: ['gke'] }, false, false],
  ['a repeated cloud type', { ...VALID_PACK_JSON, cloudTypes: ['aws', 'aws'] }, false, true],
  ['an add-on without addonType', without('addonType'), false, true],
  ['addonType app-services', { ...VALID_PACK_JSON, addonType: 'app-services' }, false, true],
  ['a numeric addonType', { ...VALID_PACK_JSON, addonType: 1 }, false, false],
  ['a leading v', { ...VALID_PACK_JSON, version: 'v1.0.0' }, false, true],
  ['build metadata in the version', { ...VALID_PACK_JSON, version: '1.0.0+b1' }, false, true],
  ['an upper-case name', { ...VALID_PACK_JSON, name: 'Hello' }, false, true],
  ['a slashed eol', { ...VALID_PACK_JSON, eol: '2028/01/01' }, false, true],
  ['a blank eol', { ...VALID_PACK_JSON, eol: ' ' }, false, true],
  ['a boolean annotation', { ...VALID_PACK_JSON, annotations: { ingressSupported: true } }, false, false],
  ['charts as a string', { ...VALID_PACK_JSON, charts: 'charts/a.tgz' }, false, false],
  ['a numeric group', { ...VALID_PACK_JSON, group: 3 }, false, false],
  ['a dependency without type', { ...VALID_PACK_JSON, constraints: { dependencies: [{ packName: 'kubernetes', layer: 'k8s' }] } }, false, false],
  ['an unknown dependency type', dependency({ type: 'recommended' }), false, false],
  ['a numeric dependency bound', dependency({ minVersion: 1.27 }), false, false],
  ['a string minLimit', resource({ minLimit: '100' }), false, false],
  ['an unknown resource type', resource({ type: 'gpu' }), false, false],
  ['a component without scheduleType', resource({ components: [{ replicaCountParamRef: 'a' }] }), false, false],
  ['constraints as a list', { ...VALID_PACK_JSON, constraints: [] }, false, false],
]

async function lintFindings(packJson: object, mode: LintMode) {
  return lintPack(makePack({ 'pack.json': packJson }), { mode, rules: PACK_JSON_RULES })
}

describe('pack.json schemas and rules agree', () => {
  it.each(CASES)('%s', async (_label, packJson, authorValid, importValid) => {
    expect(validateAuthor(packJson)).toBe(authorValid)
    expect(validateImport(packJson)).toBe(importValid)
    for (const [mode, valid] of [['author', authorValid], ['import', importValid]] as const) {
      const findings = await lintFindings(packJson, mode)
      const serious = findings.filter((finding) => finding.severity !== 'info')
      if (valid) {
        expect(findings.filter((finding) => finding.severity === 'error' && !BEYOND_SCHEMA.has(finding.ruleId))).toEqual([])
      } else {
        expect(serious.length).toBeGreaterThan(0)
      }
    }
  })
})

describe('constants derived from the schemas', () => {
  it('lists the documented values', () => {
    expect(LAYERS).toEqual(['kernel', 'os', 'k8s', 'cni', 'csi', 'addon'])
    expect(CLOUD_TYPES).toHaveLength(15)
    expect(IMPORT_CLOUD_TYPES).toEqual(expect.arrayContaining([...CLOUD_TYPES, 'tencent', 'custom']))
    expect(ADDON_TYPES).toHaveLength(13)
    expect(ADDON_TYPES).toContain('app services')
    expect(DEPENDENCY_TYPES).toEqual(['required', 'optional', 'notSupported', 'upgrade'])
    expect(RESOURCE_TYPES).toEqual(['cpu', 'memory', 'diskSize'])
    expect(SCHEDULE_TYPES).toContain('control-plane')
    expect(EMITTED_SCHEDULE_TYPES).toEqual(['all', 'master', 'worker'])
  })

  it('gives every author property a title and a description', () => {
    const properties = PACK_JSON_AUTHOR_SCHEMA['properties'] as Record<string, Record<string, unknown>>
    for (const [name, property] of Object.entries(properties)) {
      expect(typeof property['title'], name).toBe('string')
      expect(typeof property['description'], name).toBe('string')
    }
  })

  it('has OS annotation sets whose examples pass the OS pack rule', async () => {
    for (const [cloud, specs] of Object.entries(OS_ANNOTATION_SETS)) {
      const annotations = Object.fromEntries(specs.map((spec) => [spec.key, spec.example]))
      const packJson = { ...AZURE_OS, cloudTypes: [cloud], annotations }
      expect(validateAuthor(packJson)).toBe(true)
      expect(await lintFindings(packJson, 'author')).toEqual([])
    }
  })
})
