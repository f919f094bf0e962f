import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { main } from '../../src/cli/main'
import { forgeZipUncompressedSize, gzipBomb, makeTarGz, makeZip } from '../../src/core/testing/archiveFixtures'
import { writePackTarGz } from '../../src/core/archive/writePackTarGz'
import { VALID_ADDON_PACK, makePack } from '../../src/core/testing/packFixtures'
import { buildBombZip } from './generatedInputs'
import { medianMs } from './measure'

/** Hostile archives, each as the CLI would meet it on disk. */
async function hostileArchives(): Promise<[string, Uint8Array][]> {
  const truncated = await makeTarGz([{ name: 'p/pack.json', content: '{}'.repeat(5000) }])
  return [
    ['zip bomb, honest sizes (1 GiB)', buildBombZip(1024)],
    ['zip bomb, sizes forged to 1 KiB (1 GiB)', forgeZipUncompressedSize(buildBombZip(1024), 1024)],
    ['gzip bomb (1 GiB of zeros in a .tar.gz)', gzipBomb(1024)],
    ['gzip bomb (300 MiB, the unit test\'s)', gzipBomb(300)],
    ['zip entry ../../etc/passwd', await makeZip([{ name: '../../etc/passwd', content: 'x' }])],
    ['tar.gz symlink to /etc/passwd', await makeTarGz([{ name: 'p/logo.png', type: 'symlink', linkname: '/etc/passwd' }])],
    ['tar.gz character device', await makeTarGz([{ name: 'p/dev', type: 'character-device' }])],
    ['truncated tar.gz', truncated.subarray(0, Math.floor(truncated.length / 2))],
  ]
}

/**
 * Runs `pack-builder validate` on each hostile archive and prints exit code, time, memory and message,
 * with the time as a ratio to validating an honest pack archive in the same run (the unit tests
 * assert only that each is refused, and where the reader stopped).
 */
export async function benchHostileArchives(workDir: string): Promise<void> {
  const honest = join(workDir, 'hello-app-1.0.0.tar.gz')
  await writeFile(honest, await writePackTarGz(makePack(VALID_ADDON_PACK, 'hello-app-1.0.0')))
  const quiet = { out: () => undefined, err: () => undefined }
  const baselineMs = await medianMs(5, () => main(['validate', '--no-render', honest], quiet))
  console.log(`\nhostile archives through \`pack-builder validate\` (exit code, wall time, ratio to an honest pack's ${baselineMs.toFixed(0)} ms, RSS growth, message):`)
  for (const [label, bytes] of await hostileArchives()) {
    const file = join(workDir, label.includes('zip') && !label.includes('gzip') ? 'hostile.zip' : 'hostile.tar.gz')
    await writeFile(file, bytes)
    const messages: string[] = []
    global.gc?.()
    const rssBefore = process.memoryUsage().rss
    const start = performance.now()
    const code = await main(['validate', '--no-render', file], { out: (text) => messages.push(text), err: (text) => messages.push(text) })
    const ms = performance.now() - start
    const growth = (process.memoryUsage().rss - rssBefore) / 1024 / 1024
    const message = messages.join('\n').split('\n')[0] ?? ''
    console.log(`  ${label.padEnd(42)} exit ${code}  ${ms.toFixed(0).padStart(5)} ms  ratio ${(ms / baselineMs).toFixed(1).padStart(5)}  RSS +${growth.toFixed(0).padStart(3)} MiB  ${message.replace(file, '<file>').slice(0, 110)}`)
  }
}
