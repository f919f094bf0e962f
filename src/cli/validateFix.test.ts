import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writePackZip } from '../core'
import { VALID_ADDON_PACK, makePack, withFiles } from '../core/testing/packFixtures'
import type { FixtureFiles } from '../core/testing/packFixtures'
import { runCli } from './cliTestSupport'

let workDir = ''
const LONG_AGO = new Date('2020-01-01T00:00:00Z')
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])

/** Writes the fixture and dates every file long ago, so a rewrite shows in its mtime. */
async function writePackDir(name: string, files: FixtureFiles): Promise<string> {
  const dir = join(workDir, name)
  for (const [path, bytes] of makePack(files).files) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), bytes)
    await utimes(join(dir, path), LONG_AGO, LONG_AGO)
  }
  return dir
}

const run = runCli

const exists = (path: string) => stat(path).then(() => true, () => false)

const MESSY_VALUES = '# kept\npack:\n  namespace: "hello-app"\n  spectrocloud.com/install-priority: 30\n  content:\n    images:\n      - image: ghcr.io/example/hello-app:1.0.0\nmanifests:\n  hello-app:\n    replicas: 1\n'
const MESSY: FixtureFiles = withFiles(VALID_ADDON_PACK, {
  'pack.json': '{\n  "name": "hello-app",\n  "displayName": "Hello App",\n  "version": "v1.0.0",\n  "layer": "addon",\n  "addonType": "app services",\n  "group": " ",\n  "cloudTypes": ["all", "aws"],\n  "kubeManifests": ["manifests/hello-app.yaml"]\n}\n',
  'values.yaml': MESSY_VALUES,
  'manifests/extra.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n',
  'charts/values.yaml.orig': 'leftover\n',
  'logo.png': JPEG,
})

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'pack-builder-fix-'))
})
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

describe('pack-builder validate --fix', () => {
  it('applies the safe fixes in place, prints them, re-validates, and leaves every other file alone', async () => {
    const dir = await writePackDir('messy', MESSY)
    const result = await run('validate', '--fix', '--mode', 'author', dir)
    expect(result.out.split('\n').filter((line) => line.includes(': fixed '))).toEqual([
      `${dir}/charts/values.yaml.orig: fixed files/unlisted-file: Delete charts/values.yaml.orig`,
      `${dir}/pack.json: fixed files/unlisted-file: Add manifests/extra.yaml to kubeManifests in pack.json`,
      `${dir}/pack.json: fixed pack-json/blank-placeholder: Remove the blank "group"`,
      `${dir}/pack.json: fixed pack-json/cloud-types-all-exclusive: Keep only "all" in cloudTypes`,
      `${dir}/values.yaml: fixed pack-values/install-priority-format: Quote the install priority: "30"`,
    ])
    expect(await readFile(join(dir, 'pack.json'), 'utf8')).toBe(
      '{\n  "name": "hello-app",\n  "displayName": "Hello App",\n  "version": "v1.0.0",\n  "layer": "addon",\n  "addonType": "app services",\n  "cloudTypes": [\n    "all"\n  ],\n  "kubeManifests": [\n    "manifests/hello-app.yaml",\n    "manifests/extra.yaml"\n  ]\n}\n',
    )
    expect(await readFile(join(dir, 'values.yaml'), 'utf8')).toBe(MESSY_VALUES.replace('priority: 30', 'priority: "30"'))
    expect(await exists(join(dir, 'charts/values.yaml.orig'))).toBe(false)
    // Untouched files keep their bytes and were not even rewritten.
    for (const path of ['manifests/hello-app.yaml', 'manifests/extra.yaml', 'README.md', 'logo.png']) {
      expect(new Uint8Array(await readFile(join(dir, path)))).toEqual(makePack(MESSY).files.get(path))
      expect((await stat(join(dir, path))).mtime).toEqual(LONG_AGO)
    }
    // The re-validation reports what is left: the unsafe version fix and the browser-only logo fix were not applied.
    expect(result.out).toMatch(/pack\.json:4:3: error pack-json\/version-prefix: /)
    expect(result.out).toMatch(/logo\.png: error files\/logo-not-png: /)
    const problems = result.out.split('\n').filter((line) => !line.includes(': fixed '))
    expect(problems.filter((line) => /install-priority-format|blank-placeholder|unlisted-file|all-exclusive/.test(line))).toEqual([])
    expect(result.code).toBe(1)

    const again = await run('validate', '--fix', '--mode', 'author', dir)
    expect(again.out).toContain(`${dir}: nothing to fix`)
  })

  it('keeps stdout one JSON document with --format json; the fixes go to stderr', async () => {
    const dir = await writePackDir('json', withFiles(VALID_ADDON_PACK, { 'charts/notes.txt': 'x\n' }))
    const result = await run('validate', dir, '--fix', '--format', 'json')
    expect(result.err).toBe(`${dir}/charts/notes.txt: fixed files/unlisted-file: Delete charts/notes.txt`)
    expect(JSON.parse(result.out)).toMatchObject({ packs: [{ source: dir, errors: 0, warnings: 0 }] })
    expect(result.code).toBe(0)
  })

  it('refuses an archive, changing nothing, even beside a folder', async () => {
    const dir = await writePackDir('beside', withFiles(VALID_ADDON_PACK, { 'charts/notes.txt': 'x\n' }))
    const zipPath = join(workDir, 'pack.zip')
    const zip = await writePackZip(makePack(VALID_ADDON_PACK))
    await writeFile(zipPath, zip)
    const result = await run('validate', '--fix', dir, zipPath)
    expect(result.code).toBe(2)
    expect(result.err).toBe(`${zipPath}: --fix changes a pack folder in place, and this is not a folder; nothing was changed. Extract the archive and run validate --fix on the folder.`)
    expect(result.out).toBe('')
    expect(await exists(join(dir, 'charts/notes.txt'))).toBe(true)
    expect(new Uint8Array(await readFile(zipPath))).toEqual(zip)
  })
})
