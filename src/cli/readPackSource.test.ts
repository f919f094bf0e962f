import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PackReadError } from '../core'
import { readPackSource } from './readPackSource'

let work = ''
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'read-pack-source-'))
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

async function readError(source: string): Promise<PackReadError> {
  const error: unknown = await readPackSource(source).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!(error instanceof PackReadError)) throw new Error(`expected a PackReadError, got ${String(error)}`)
  return error
}

describe('readPackSource on hostile folders', () => {
  it('refuses a 5 GiB values.yaml from its size, without reading it', async () => {
    const pack = join(work, 'big')
    await mkdir(pack)
    await writeFile(join(pack, 'pack.json'), '{}')
    // A sparse file: 5 GiB on paper, nothing on disk; reading it would take 5 GiB of memory.
    await writeFile(join(pack, 'values.yaml'), '')
    await truncate(join(pack, 'values.yaml'), 5 * 1024 ** 3)
    expect((await readError(pack)).message).toBe(`${join(pack, 'values.yaml')}: is 5120 MiB, more than the 64 MiB one pack file may hold`)
  })

  it('refuses an archive over the pack cap from its size', async () => {
    const archive = join(work, 'huge.zip')
    await writeFile(archive, '')
    await truncate(archive, 3 * 1024 **3)
    expect((await readError(archive)).message).toBe(`${archive}: is 3072 MiB, more than the 256 MiB a pack may hold`)
  })

  it('names a path longer than the system allows', async () => {
    const long = join(work, 'x'.repeat(5000))
    expect((await readError(long)).message).toBe(`${long}: has a path longer than the operating system allows`)
  })

  it('names a file whose name is not UTF-8', async () => {
    const pack = join(work, 'latin1')
    await mkdir(pack)
    await writeFile(join(pack, 'pack.json'), '{}')
    await writeFile(Buffer.concat([Buffer.from(`${pack}/caf`), Buffer.from([0xe9]), Buffer.from('.yaml')]), 'a: 1\n')
    expect((await readError(pack)).message).toBe(`${pack}: holds a file named 'caf\\xe9.yaml', which is not valid UTF-8; pack paths must be UTF-8`)
  })

  it('still reads a normal folder', async () => {
    const pack = join(work, 'ok')
    await mkdir(join(pack, 'manifests'), { recursive: true })
    await writeFile(join(pack, 'pack.json'), '{}')
    await writeFile(join(pack, 'manifests', 'a.yaml'), 'a: 1\n')
    expect([...(await readPackSource(pack)).files.keys()]).toEqual(['manifests/a.yaml', 'pack.json'])
  })
})
