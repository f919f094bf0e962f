// `npm run build:wasm [-- --check]`: builds the Helm render engine (Go, src/core/render/engine) to
// WebAssembly from Debian's Go packages, offline, in GOPATH mode, reproducibly. Installs the packages
// when missing and running as root. With --check it builds into a temporary folder and compares with
// the committed engine.wasm byte for byte (exit 1 on a difference) instead of replacing it.
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ENGINE_BUILD_RECORD,
  ENGINE_OUTPUT_DIR,
  ENGINE_SOURCE_DIR,
  ENGINE_WASM,
  ENGINE_WASM_EXEC,
  engineSourceSha256,
  sha256,
} from './engineSources'

export const GO_ROOT = '/usr/lib/go-1.19'
const GO = join(GO_ROOT, 'bin/go')
const GO_PATH_SYSTEM = '/usr/share/gocode'
const DEBIAN_PACKAGES = [
  'golang-1.19-go',
  'golang-github-masterminds-sprig-dev',
  'golang-github-ghodss-yaml-dev',
  'golang-github-burntsushi-toml-dev',
  'golang-github-gobwas-glob-dev',
  'golang-gopkg-yaml.v3-dev',
]

function installed(name: string): boolean {
  return spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout.includes('install ok installed')
}

/** Makes sure Go and the Go libraries are there; installs them with apt when root. False when it cannot. */
export function ensureGo(): boolean {
  const missing = DEBIAN_PACKAGES.filter((name) => !installed(name))
  if (missing.length === 0 && existsSync(GO)) return true
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  if (!isRoot || !hasApt) {
    console.error(`build:wasm: missing Debian packages: ${missing.join(' ')}\n  install them with: sudo apt-get install -y ${missing.join(' ')}`)
    return false
  }
  console.log(`build:wasm: installing ${missing.join(' ')}`)
  const options = { stdio: 'inherit' as const, timeout: 15 * 60_000 }
  spawnSync('apt-get', ['update'], options)
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], options)
  return DEBIAN_PACKAGES.every(installed) && existsSync(GO)
}

export function goVersion(): string {
  return spawnSync(GO, ['env', 'GOVERSION'], { encoding: 'utf8' }).stdout.trim()
}

/** Builds the engine into `outFile`; the package is copied into a fresh GOPATH so the checkout path never matters. */
export function buildEngine(outFile: string): void {
  const work = mkdtempSync(join(tmpdir(), 'pack-builder-wasm-'))
  try {
    const packageDir = join(work, 'gopath/src/packbuilder/engine')
    cpSync(ENGINE_SOURCE_DIR, packageDir, { recursive: true })
    const env = {
      PATH: `${join(GO_ROOT, 'bin')}:/usr/bin:/bin`,
      HOME: work,
      GOOS: 'js',
      GOARCH: 'wasm',
      GO111MODULE: 'off',
      GOPATH: `${join(work, 'gopath')}:${GO_PATH_SYSTEM}`,
      GOCACHE: join(work, 'cache'),
      GOFLAGS: '',
      CGO_ENABLED: '0',
      GOROOT: GO_ROOT,
    }
    const result = spawnSync(GO, ['build', '-trimpath', '-ldflags=-s -w -buildid=', '-o', outFile, 'packbuilder/engine'], {
      env,
      encoding: 'utf8',
      timeout: 10 * 60_000,
    })
    if (result.status !== 0) throw new Error(`go build failed:\n${result.stderr}${result.error?.message ?? ''}`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function main(): number {
  const check = process.argv.includes('--check')
  if (!ensureGo()) return 2
  if (check) {
    const scratch = mkdtempSync(join(tmpdir(), 'pack-builder-wasm-check-'))
    try {
      const fresh = join(scratch, 'engine.wasm')
      buildEngine(fresh)
      const same = Buffer.compare(readFileSync(fresh), readFileSync(ENGINE_WASM)) === 0
      console.log(same ? 'build:wasm --check: the committed engine.wasm is what the Go sources build to' : 'build:wasm --check: engine.wasm differs from a fresh build; run npm run build:wasm and commit it')
      return same ? 0 : 1
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  }
  buildEngine(ENGINE_WASM)
  copyFileSync(join(GO_ROOT, 'misc/wasm/wasm_exec.js'), ENGINE_WASM_EXEC)
  const record = { goVersion: goVersion(), sourceSha256: engineSourceSha256(), wasmSha256: sha256(readFileSync(ENGINE_WASM)) }
  writeFileSync(ENGINE_BUILD_RECORD, `${JSON.stringify(record, null, 2)}\n`)
  console.log(`build:wasm: wrote ${ENGINE_OUTPUT_DIR} (${record.goVersion})`)
  return 0
}

if (process.argv[1]?.endsWith('buildWasm.ts')) process.exit(main())
