import { describe, expect, it } from 'vitest'
import { inspectChart } from '../chart/inspectChart'
import { lintPack } from '../lint/lintPack'
import { TINY_PNG } from '../testing/packFixtures'
import { readTextFile, setFile } from './pack'
import { PACK_TEMPLATES, packFromTemplate } from './packTemplates'

describe('packFromTemplate', () => {
  it.each(PACK_TEMPLATES.map((template) => [template.id]))('%s has zero errors in author mode once a logo is added, and only the logo error before', async (id) => {
    const pack = await packFromTemplate(id)
    expect((await lintPack(setFile(pack, 'logo.png', TINY_PNG), { mode: 'author' })).filter((finding) => finding.severity === 'error')).toEqual([])
    expect((await lintPack(pack, { mode: 'author' })).filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId)).toEqual(['files/logo-missing'])
  })

  it.each(PACK_TEMPLATES.map((template) => [template.id]))('%s has a README saying what to fill in', async (id) => {
    expect(readTextFile(await packFromTemplate(id), 'README.md')).toMatch(/## What to fill in\n\n- /)
  })

  it.each([
    ['cni', 'cni'], ['csi', 'csi'], ['os-aws', 'os'], ['os-azure', 'os'], ['os-vsphere', 'os'], ['manifest', 'addon'], ['chart', 'addon'],
  ] as const)('%s is a %s layer pack', async (id, layer) => {
    expect(JSON.parse(readTextFile(await packFromTemplate(id), 'pack.json') ?? '')).toMatchObject({ layer })
  })

  it('ships a readable starter chart whose defaults sit under charts.<folder>', async () => {
    const pack = await packFromTemplate('chart')
    const inspection = await inspectChart(pack.files.get('charts/hello-chart-0.1.0.tgz') ?? new Uint8Array())
    expect(inspection).toMatchObject({ ok: true, chart: { folder: 'hello-chart', version: '0.1.0', appVersion: '1.27', templatesUseAppVersion: true } })
    expect(readTextFile(pack, 'values.yaml')).toContain('charts:\n  hello-chart:\n    # How many pods run the app.\n    replicaCount: 1\n')
  })

  it('writes the documentation OS examples as valid JSON with every annotation a string', async () => {
    const packJson = JSON.parse(readTextFile(await packFromTemplate('os-azure'), 'pack.json') ?? '') as { annotations: Record<string, unknown> }
    expect(packJson).toMatchObject({ name: 'golden-centos-azure', cloudTypes: ['azure'], kubeManifests: [], annotations: { imagePublisher: 'OpenLogic', skipK8sInstall: 'true' } })
    expect(Object.values(packJson.annotations).every((value) => typeof value === 'string')).toBe(true)
  })
})
