import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { lintPack } from '../lint/lintPack'
import { PACK_JSON_RULES } from '../lint/rules/packJson'
import { OS_ANNOTATION_SETS } from '../schema/packJsonSchema'
import { makePack } from '../testing/packFixtures'
import { starterManifest, starterPackFiles } from './starterPack'

const packJsonOf = (files: Record<string, string>) => JSON.parse(files['pack.json'] ?? '') as Record<string, unknown>

describe('starterPackFiles', () => {
  it('writes a manifest pack whose pack.json is in the emitted key order and lints clean', async () => {
    const files = starterPackFiles('manifest', { name: 'hello-web' })
    expect(Object.keys(files)).toEqual(['pack.json', 'values.yaml', 'manifests/hello-web.yaml', 'README.md'])
    expect(Object.keys(packJsonOf(files))).toEqual(['name', 'displayName', 'version', 'layer', 'addonType', 'cloudTypes', 'kubeManifests', 'annotations'])
    expect(packJsonOf(files)).toMatchObject({ displayName: 'Hello Web', kubeManifests: ['manifests/hello-web.yaml'] })
    expect(await lintPack(makePack(files), { mode: 'author', rules: PACK_JSON_RULES })).toEqual([])
  })

  it('gives the manifest a value for every {{ .Values.* }} it reads', () => {
    const files = starterPackFiles('manifest', { name: 'hello-web' })
    const values = parse(files['values.yaml'] ?? '') as { pack: { namespace: string; content: { images: { image: string }[] } }; manifests: Record<string, Record<string, unknown>> }
    const manifestValues = values.manifests['hello-web'] ?? {}
    const used = [...(files['manifests/hello-web.yaml'] ?? '').matchAll(/\{\{ \.Values\.(\w+) \}\}/g)].map((match) => match[1] ?? '')
    expect(used.length).toBeGreaterThan(0)
    for (const key of used) expect(manifestValues, key).toHaveProperty(key)
    expect(values.pack.namespace).toBe('hello-web')
    expect(values.pack.content.images.map((entry) => entry.image)).toContain(manifestValues['image'])
  })

  it('writes a chart pack with an empty charts list and a pack section', async () => {
    const files = starterPackFiles('chart', { name: 'my-chart', displayName: 'My Chart', version: '0.1.0', addonType: 'monitoring' })
    expect(Object.keys(files)).toEqual(['pack.json', 'values.yaml', 'README.md'])
    expect(packJsonOf(files)).toMatchObject({ name: 'my-chart', displayName: 'My Chart', version: '0.1.0', addonType: 'monitoring', charts: [] })
    expect(parse(files['values.yaml'] ?? '')).toMatchObject({ pack: { namespace: 'my-chart', content: { images: [] } }, charts: {} })
    expect(await lintPack(makePack(files), { mode: 'author', rules: PACK_JSON_RULES })).toEqual([])
  })

  it.each(['aws', 'azure', 'vsphere'] as const)('writes a %s OS pack whose only findings are the image settings still to fill in', async (cloud) => {
    const files = starterPackFiles('os', { cloud })
    const packJson = packJsonOf(files)
    expect(packJson).toMatchObject({ layer: 'os', cloudTypes: [cloud], kubeManifests: [] })
    expect(packJson).not.toHaveProperty('addonType')
    const findings = await lintPack(makePack(files), { mode: 'author', rules: PACK_JSON_RULES })
    const blankRequired = OS_ANNOTATION_SETS[cloud].filter((spec) => spec.required && spec.default === undefined)
    expect(findings.map((finding) => finding.ruleId)).toEqual(blankRequired.map(() => 'pack-json/os-pack'))
  })
})

describe('starterManifest', () => {
  it('names the Deployment and reads replicas, image and port from values', () => {
    const manifest = starterManifest('api')
    expect(manifest).toContain('kind: Deployment')
    expect(manifest).toContain('  name: api\n')
    expect(manifest).toContain('{{ .Values.replicas }}')
    expect(manifest).toContain('"{{ .Values.image }}"')
  })
})
