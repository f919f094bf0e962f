// Shared by the CLI's tests: a pack written out as a folder, and the CLI run in-process.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { makePack } from '../core/testing/packFixtures'
import type { FixtureFiles } from '../core/testing/packFixtures'
import { main } from './main'

/** Writes `files` as the pack folder `root/name` and returns its path. */
export async function writePackFolder(root: string, name: string, files: FixtureFiles): Promise<string> {
  const dir = join(root, name)
  for (const [path, bytes] of makePack(files).files) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), bytes)
  }
  return dir
}

/** Runs `pack-builder ...args` in this process, capturing what it prints. */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
