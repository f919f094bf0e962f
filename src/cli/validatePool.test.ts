import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, writePackFolder } from './cliTestSupport'
import { validateWorkerCount } from './validatePool'

describe('validateWorkerCount', () => {
  it.each([
    // packs, cores, PACK_BUILDER_WORKERS, workers
    [1, 8, undefined, 0],
    [7, 8, undefined, 0],
    [8, 8, undefined, 2],
    [220, 2, undefined, 2],
    [220, 1, undefined, 0],
    [220, 64, undefined, 8],
    [220, 16, undefined, 8],
    [12, 16, undefined, 3],
    [220, 8, '0', 0],
    [220, 8, '1', 0],
    [3, 1, '2', 2],
    [3, 1, '5', 3],
    [220, 8, 'many', 8],
  ] as const)('%i packs on %i cores, PACK_BUILDER_WORKERS=%s: %i workers', (packs, cores, asked, workers) => {
    expect(validateWorkerCount(packs, cores, asked)).toBe(workers)
  })
})

describe('validate over worker_threads', () => {
  let root = ''
  let paths: string[] = []
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'validate-pool-'))
    const packJson = (version: string, displayName: string) => JSON.stringify({ name: 'demo', displayName, version, layer: 'addon', addonType: 'app', cloudTypes: ['all'], kubeManifests: ['manifests/demo.yaml'] })
    const valuesYaml = 'pack:\n  namespace: demo\nmanifests:\n  demo: {}\n'
    paths = [
      await writePackFolder(root, 'demo-1.0.0', { 'pack.json': packJson('1.0.0', 'Demo'), 'values.yaml': valuesYaml, 'manifests/demo.yaml': 'kind: ConfigMap\n' }),
      await writePackFolder(root, 'demo-1.1.0', { 'pack.json': packJson('1.1.0', 'Demo'), 'values.yaml': valuesYaml, 'manifests/demo.yaml': 'kind: ConfigMap\nkind: Secret\n' }),
      join(root, 'missing-pack'),
      await writePackFolder(root, 'demo-1.2.0', { 'pack.json': packJson('1.2.0', 'Demo renamed'), 'values.yaml': valuesYaml, 'manifests/demo.yaml': 'kind: ConfigMap\n' }),
      await writePackFolder(root, 'broken-1.0.0', { 'pack.json': '{"name": ', 'values.yaml': 'a: [\n' }),
    ]
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  const runWith = async (workers: string, ...args: string[]) => {
    const saved = process.env.PACK_BUILDER_WORKERS
    process.env.PACK_BUILDER_WORKERS = workers
    try {
      return await runCli('validate', ...paths, '--no-render', ...args)
    } finally {
      if (saved === undefined) delete process.env.PACK_BUILDER_WORKERS
      else process.env.PACK_BUILDER_WORKERS = saved
    }
  }

  it('prints what one thread prints, in the order of the paths, with the same exit code', async () => {
    const oneThread = await runWith('0', '--format', 'json')
    const twoWorkers = await runWith('2', '--format', 'json')
    expect(twoWorkers).toEqual(oneThread)
    expect(oneThread.code).toBe(2)
    const report = JSON.parse(oneThread.out) as { packs: { source: string; findings: { ruleId: string }[] }[]; unreadable: { source: string }[] }
    expect(report.packs.map((pack) => pack.source)).toEqual([paths[0], paths[1], paths[3], paths[4]])
    expect(report.unreadable.map((entry) => entry.source)).toEqual([paths[2]])
    // The cross-pack check still sees every version's pack.json.
    expect(report.packs[2]?.findings.map((finding) => finding.ruleId)).toContain('pack-json/display-name-consistent')
    expect(report.packs[1]?.findings.map((finding) => finding.ruleId)).toContain('manifests/syntax')
  }, 60_000)

  it('gives the same text report with three workers', async () => {
    expect(await runWith('3')).toEqual(await runWith('0'))
  }, 60_000)
})
