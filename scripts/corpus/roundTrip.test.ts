import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { chartYaml, makeChartTgz } from '../../src/core/testing/chartFixtures'
import { readPackFolder, roundTripPack } from './roundTrip'

const folders: string[] = []

async function packFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pack-rt-'))
  folders.push(dir)
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true })
    await writeFile(join(dir, path), content)
  }
  return dir
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('roundTripPack', () => {
  it('finds nothing wrong with a pack folder holding a readable chart', async () => {
    const dir = await packFolder({
      'pack.json': '{"name":"wp","version":"1.0.0"}',
      'values.yaml': 'charts:\n  wordpress: {}\n',
      'charts/wordpress-19.4.3.tgz': await makeChartTgz({ folder: 'wordpress', chartYaml: chartYaml('wordpress', '19.4.3') }),
    })
    expect([...(await readPackFolder(dir)).files.keys()]).toEqual(['charts/wordpress-19.4.3.tgz', 'pack.json', 'values.yaml'])
    expect(await roundTripPack(dir)).toEqual([])
  })

  it('reports an unreadable chart and a missing folder instead of throwing', async () => {
    const dir = await packFolder({ 'pack.json': '{}', 'charts/broken.tgz': 'not gzip' })
    expect(await roundTripPack(dir)).toEqual(['charts/broken.tgz: chart unreadable: the file is not gzip-compressed, so it is not a packaged Helm chart'])
    expect(await roundTripPack(join(dir, 'missing'))).toEqual([expect.stringMatching(/^round trip failed: ENOENT/)])
  })
})
