import { gzipSync } from 'fflate'
import { pack as tarPack } from 'tar-stream'
import { createPack, DEFAULT_ARCHIVE_LIMITS, writePackZip } from '../../../src/core'
import type { Pack } from '../../../src/core'
import { readTarGzEntries } from '../../../src/core/archive/readTarGz'

/** A deterministic pseudo-random generator: every run benchmarks the same (incompressible) bytes. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

async function tarGz(entries: readonly { path: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const archive = tarPack()
  const chunks: Uint8Array[] = []
  const done = new Promise<void>((resolve, reject) => {
    archive.on('data', (chunk: unknown) => { if (chunk instanceof Uint8Array) chunks.push(chunk) })
    archive.on('end', () => { resolve() })
    archive.on('error', reject)
  })
  for (const entry of entries) archive.entry({ name: entry.path, size: entry.bytes.length, mode: 0o644, mtime: new Date(0) }, Buffer.from(entry.bytes))
  archive.finalize()
  await done
  return gzipSync(Buffer.concat(chunks), { level: 6, mtime: 0 })
}

/**
 * A real pack (thanos) whose chart carries `chartBytes` more of incompressible files under the chart's
 * `files/` folder, so its charts weigh about that much: the "pack with 20 MB of charts" of bench:web.
 */
export async function packWithBigCharts(base: Pack, chartBytes: number): Promise<Pack> {
  const [chartPath, chartTgz] = [...base.files].find(([path]) => /^charts\/[^/]+\.tgz$/.test(path) && !path.includes('.orig.')) ?? []
  if (chartPath === undefined || chartTgz === undefined) throw new Error(`${base.folderName} has no chart to grow`)
  const entries = await readTarGzEntries(chartTgz, chartPath, DEFAULT_ARCHIVE_LIMITS)
  const top = entries[0]?.path.split('/')[0] ?? 'chart'
  const random = seeded(7)
  const blobs: { path: string; bytes: Uint8Array }[] = []
  for (let index = 0, size = 0; size < chartBytes; index++) {
    const bytes = new Uint8Array(Math.min(2 * 1024 * 1024, chartBytes - size))
    for (let offset = 0; offset < bytes.length; offset++) bytes[offset] = Math.floor(random() * 256)
    blobs.push({ path: `${top}/files/blob-${index}.bin`, bytes })
    size += bytes.length
  }
  const grown = await tarGz([...entries, ...blobs])
  return createPack(base.folderName, [...base.files].map(([path, bytes]) => [path, path === chartPath ? grown : bytes] as const))
}

/** The pack as the .zip the bench opens in the app. */
export function packZip(pack: Pack): Promise<Uint8Array> {
  return writePackZip(pack)
}
