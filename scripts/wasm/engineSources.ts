// Where the render engine's Go sources and its committed build live, and the fingerprint that ties
// the two together (recorded by `npm run build:wasm`, checked by a unit test and by test:corpus).
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const ENGINE_SOURCE_DIR = join(root, 'src/core/render/engine')
export const ENGINE_OUTPUT_DIR = join(root, 'src/core/render/generated')
export const ENGINE_WASM = join(ENGINE_OUTPUT_DIR, 'engine.wasm')
export const ENGINE_WASM_EXEC = join(ENGINE_OUTPUT_DIR, 'wasm_exec.js')
export const ENGINE_BUILD_RECORD = join(ENGINE_OUTPUT_DIR, 'engineBuild.json')

/** What `npm run build:wasm` records beside the wasm. */
export interface EngineBuildRecord {
  readonly goVersion: string
  readonly sourceSha256: string
  readonly wasmSha256: string
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort()
}

/** SHA-256 over every file of the Go package (path and bytes), in a fixed order. */
export function engineSourceSha256(): string {
  const hash = createHash('sha256')
  for (const file of listFiles(ENGINE_SOURCE_DIR)) {
    hash.update(relative(ENGINE_SOURCE_DIR, file).split('\\').join('/'))
    hash.update('\0')
    hash.update(readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex')
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function readBuildRecord(): EngineBuildRecord {
  const parsed: unknown = JSON.parse(readFileSync(ENGINE_BUILD_RECORD, 'utf8'))
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${ENGINE_BUILD_RECORD} does not hold an object`)
  const record = parsed as Record<string, unknown>
  const field = (name: string): string => {
    const value = record[name]
    if (typeof value !== 'string') throw new Error(`${ENGINE_BUILD_RECORD} has no string "${name}"`)
    return value
  }
  return { goVersion: field('goVersion'), sourceSha256: field('sourceSha256'), wasmSha256: field('wasmSha256') }
}
