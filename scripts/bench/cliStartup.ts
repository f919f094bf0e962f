import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { medianMs, printRow } from './measure'

/** `pack-builder --help` against a bare `node -e 0`, both as new processes: the CLI's start-up cost. */
export async function benchCliStartup(root: string): Promise<void> {
  const bin = join(root, 'bin/pack-builder.mjs')
  if (!existsSync(join(root, 'dist-cli/pack-builder.mjs'))) execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'ignore' })
  const nodeMs = await medianMs(15, () => execFileSync(process.execPath, ['-e', '0']))
  const helpMs = await medianMs(15, () => execFileSync(process.execPath, [bin, '--help']))
  printRow('pack-builder --help (new process)', helpMs, 'node -e 0', nodeMs)
}
