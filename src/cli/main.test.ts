import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPackArchive } from '../core'
import { chartYaml, makeChartTgz } from '../core/testing/chartFixtures'
import { VALID_ADDON_PACK, VALID_PACK_JSON, withFiles } from '../core/testing/packFixtures'
import type { FixtureFiles } from '../core/testing/packFixtures'
import { runCli, writePackFolder } from './cliTestSupport'

let workDir = ''

const writePackDir = (name: string, files: FixtureFiles) => writePackFolder(workDir, name, files)

const run = runCli

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'pack-builder-cli-'))
})
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

describe('pack-builder validate', () => {
  it('exits 0 for a valid pack and prints a summary', async () => {
    const dir = await writePackDir('good', VALID_ADDON_PACK)
    const result = await run('validate', dir, '--mode', 'author')
    expect(result.code).toBe(0)
    expect(result.out).toContain('0 errors')
  })

  it('exits 1 and prints compiler-style lines for a pack with errors', async () => {
    const broken = withFiles(VALID_ADDON_PACK, { 'pack.json': '{\n  "name": "x",\n}\n' })
    const dir = await writePackDir('broken', broken)
    const result = await run('validate', dir)
    expect(result.code).toBe(1)
    expect(result.out).toMatch(new RegExp(`^${dir}/pack\\.json:2:14: error pack-json/syntax: `, 'm'))
  })

  it('prints the documented JSON shape', async () => {
    const dir = await writePackDir('json', withFiles(VALID_ADDON_PACK, { 'pack.json': { ...VALID_PACK_JSON, addonType: undefined } }))
    const result = await run('validate', dir, '--format', 'json', '--mode', 'author')
    const report: unknown = JSON.parse(result.out)
    expect(report).toMatchObject({ packs: [{ source: dir, name: 'hello-app', version: '1.0.0', errors: 1 }] })
    expect(JSON.stringify(report)).toContain('"ruleId":"pack-json/addon-type-required"')
    expect(result.code).toBe(1)
  })

  it('exits 2 with a message for unreadable input, bad usage and links', async () => {
    const missing = join(workDir, 'nope')
    expect(await run('validate', missing)).toEqual({
      code: 2,
      out: `${missing}: no such file or directory\n1 pack checked: 0 without errors, 0 with errors, 1 unreadable`,
      err: '',
    })
    const noPath = await run('validate')
    expect(noPath.code).toBe(2)
    expect(noPath.err).toMatch(/^pack-builder: validate needs at least one pack path\n\nUsage:/)
    const badMode = await run('validate', workDir, '--mode', 'lenient')
    expect(badMode.code).toBe(2)
    expect(badMode.err).toMatch(/^pack-builder: --mode must be 'author' or 'import', not 'lenient'\n/)
    const linked = await writePackDir('linked', VALID_ADDON_PACK)
    await symlink('/etc/passwd', join(linked, 'README.txt'))
    const result = await run('validate', linked)
    expect(result.code).toBe(2)
    expect(result.out.split('\n')[0]).toBe(`${join(linked, 'README.txt')}: is a symbolic link; a pack may only hold regular files`)
    const garbage = join(workDir, 'garbage.zip')
    await writeFile(garbage, 'not a zip at all')
    const notZip = await run('validate', garbage)
    expect(notZip.code).toBe(2)
    expect(notZip.out.split('\n')[0]).toBe(`${garbage}: is neither a .zip nor a .tar.gz archive`)
  })

  it('reports a chart whose values.yaml nests thousands deep as an error finding, rendering included', async () => {
    const chart = await makeChartTgz({ folder: 'nginx', chartYaml: chartYaml('nginx', '1.0.0'), valuesYaml: `x:\n${'- '.repeat(20_000)}x\n` })
    const dir = await writePackDir('deep-chart', withFiles(VALID_ADDON_PACK, { 'pack.json': { ...VALID_PACK_JSON, charts: ['charts/nginx-1.0.0.tgz'] }, 'charts/nginx-1.0.0.tgz': chart }))
    const result = await run('validate', dir)
    expect(result.code).toBe(1)
    expect(result.out).toContain(
      `${dir}/charts/nginx-1.0.0.tgz: error files/chart-unreadable: charts/nginx-1.0.0.tgz cannot be read as a Helm chart: values.yaml in 'nginx' cannot be read at line 2 (it nests lists and objects more than 256 levels deep, the most a pack file may nest; it is not read any further)`,
    )
    expect(result.out).toContain(`${dir}/charts/nginx-1.0.0.tgz: error render/chart-unrenderable: charts/nginx-1.0.0.tgz: values.yaml is not valid YAML (line 2: it nests lists`)
    expect(`${result.out}\n${result.err}`).not.toMatch(/unexpected failure|internal error|Maximum call stack/)
  })

  it('warns when an archive is not named after its pack (R15), and not when build named it', async () => {
    const archive = join(workDir, 'hello-app-1.0.0.tar.gz')
    expect((await run('build', await writePackDir('named', VALID_ADDON_PACK), '--format', 'tar.gz', '-o', archive)).code).toBe(0)
    expect((await run('validate', '--no-render', archive)).out).not.toContain('files/archive-name')
    const renamed = join(workDir, 'hello-app-latest.tar.gz')
    await writeFile(renamed, await readFile(archive))
    const result = await run('validate', '--no-render', renamed)
    expect(result.code).toBe(0)
    expect(result.out.split('\n')[0]).toBe(`${renamed}: warning files/archive-name: The archive is named hello-app-latest.tar.gz, but pack.json's name and version make it hello-app-1.0.0.tar.gz; Palette's push steps require the archive to be named <name>-<version> (Rename the archive to hello-app-1.0.0.tar.gz; Pack Builder's download names it so.)`)
  })
})

describe('pack-builder build', () => {
  it('writes <name>-<version>.tar.gz that reads back to the same files', async () => {
    const dir = await writePackDir('buildable', VALID_ADDON_PACK)
    const output = join(workDir, 'out.tar.gz')
    const result = await run('build', dir, '--format', 'tar.gz', '-o', output)
    expect(result.code).toBe(0)
    const pack = await readPackArchive(new Uint8Array(await readFile(output)), 'out.tar.gz')
    expect(pack.folderName).toBe('hello-app-1.0.0')
    expect([...pack.files.keys()].sort()).toEqual(Object.keys(VALID_ADDON_PACK).sort())
  })

  it('refuses a pack with errors unless --force', async () => {
    const dir = await writePackDir('unbuildable', withFiles(VALID_ADDON_PACK, { 'pack.json': '{' }))
    const output = join(workDir, 'refused.zip')
    const refused = await run('build', dir, '--format', 'zip', '-o', output)
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('pack-json/syntax')
    expect((await run('build', dir, '--format', 'zip', '-o', output, '--force')).code).toBe(0)
  })
})

describe('pack-builder validate across versions', () => {
  it('warns when one version of a pack changes its display name', async () => {
    const first = await writePackDir('kf-1.0.0', VALID_ADDON_PACK)
    const second = await writePackDir('kf-1.1.0', withFiles(VALID_ADDON_PACK, { 'pack.json': { ...VALID_PACK_JSON, version: '1.1.0', displayName: 'Hello app' } }))
    const result = await run('validate', first, second)
    expect(result.out).toMatch(new RegExp(`^${second}/pack\\.json:3:3: warning pack-json/display-name-consistent: `, 'm'))
    expect(result.code).toBe(0)
  })
})

describe('pack-builder build --oci-manifest', () => {
  it('writes the ORAS 1.0.0 manifest whose layer is the written .tar.gz', async () => {
    const dir = await writePackDir('oci', VALID_ADDON_PACK)
    const output = join(workDir, 'hello-app-1.0.0.tar.gz')
    const manifestPath = join(workDir, 'manifest.json')
    const result = await run('build', dir, '--format', 'tar.gz', '-o', output, '--oci-manifest', manifestPath)
    expect(result.code).toBe(0)
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { layers: { digest: string; size: number; annotations: Record<string, string> }[] }
    const archive = await readFile(output)
    expect(manifest.layers[0]).toMatchObject({ size: archive.length, annotations: { 'org.opencontainers.image.title': 'hello-app-1.0.0.tar.gz' } })
    expect(result.out).toContain(`OCI layer ${manifest.layers[0]?.digest ?? '?'}`)
  })

  it('refuses --oci-manifest with a zip', async () => {
    const dir = await writePackDir('oci-zip', VALID_ADDON_PACK)
    expect((await run('build', dir, '--format', 'zip', '--oci-manifest', join(workDir, 'm.json'))).code).toBe(2)
  })
})
