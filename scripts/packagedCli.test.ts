import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writePackFolder } from '../src/cli/cliTestSupport'
import { VALID_ADDON_PACK, withFiles } from '../src/core/testing/packFixtures'

// What `npm pack` ships must work on its own: installed into an empty folder, with no dev
// dependencies and no source, `pack-builder` answers --help and validates a pack.
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const run = promisify(execFile)
// npm pack runs `prepare` (the CLI bundle build), then npm installs the tarball: tens of seconds.
const SLOW = 240_000

let workDir = ''
let packageBin = ''

async function runBin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(packageBin, args, { cwd: workDir }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: unknown) => {
      // execFile's error for a non-zero exit carries the exit code and both outputs.
      const failed = error as { code?: number; stdout?: string; stderr?: string }
      return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
    },
  )
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'pack-builder-packaged-'))
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })
  // `prepare` (the CLI build) prints before npm's JSON, which starts on a line of its own.
  const [packed] = JSON.parse(stdout.slice(stdout.search(/^\[$/m))) as { filename: string }[]
  if (!packed) throw new Error(`npm pack printed no package: ${stdout}`)
  const app = join(workDir, 'app')
  await mkdir(app)
  await writeFile(join(app, 'package.json'), '{ "private": true }\n')
  await run('npm', ['install', '--no-audit', '--no-fund', '--offline', join(workDir, packed.filename)], { cwd: app })
  packageBin = join(app, 'node_modules/.bin/pack-builder')
}, SLOW)

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

describe('the packed pack-builder CLI', () => {
  it('prints its usage', async () => {
    const result = await runBin('--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage:\n {2}pack-builder validate <path>\.\.\./)
  })

  it('validates a good pack and a broken one', async () => {
    const good = await writePackFolder(workDir, 'good', VALID_ADDON_PACK)
    expect(await runBin('validate', good, '--mode', 'author')).toEqual({ code: 0, stdout: `${good} (hello-app 1.0.0): 0 errors, 0 warnings\n1 pack checked: 1 without errors, 0 with errors\n`, stderr: '' })
    const broken = await writePackFolder(workDir, 'broken', withFiles(VALID_ADDON_PACK, { 'pack.json': '{\n  "name": "x",\n}\n' }))
    const result = await runBin('validate', broken)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(new RegExp(`^${broken}/pack\\.json:2:14: error pack-json/syntax: `, 'm'))
  })
})
