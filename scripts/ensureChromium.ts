// Makes sure the e2e tests have a Chromium: finds one, else installs one (Playwright's own where
// downloads work, else Debian's `chromium` package when running as root), else says what to install.
import { spawnSync } from 'node:child_process'
import { findChromium } from './findChromium'

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`)
  return spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60_000 }).status === 0
}

const found = findChromium()
if (found) {
  console.log(`e2e: using Chromium at ${found}`)
  process.exit(0)
}

console.log('e2e: no Chromium found; trying to install one.')
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
if (isRoot && hasApt) {
  if (run('apt-get', ['update'])) run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])
}
if (!findChromium()) run('npx', ['playwright', 'install', 'chromium'])

const installed = findChromium()
if (installed) {
  console.log(`e2e: using Chromium at ${installed}`)
  process.exit(0)
}
console.error(
  [
    'e2e: no Chromium could be found or installed.',
    'Install one and run the tests again, for example:',
    '  Debian/Ubuntu:  sudo apt-get install -y chromium',
    '  anywhere with internet:  npx playwright install chromium',
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  ].join('\n'),
)
process.exit(1)
