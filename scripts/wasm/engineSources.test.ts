import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ENGINE_WASM, engineSourceSha256, readBuildRecord, sha256 } from './engineSources'

// The committed engine.wasm must be what the committed Go sources build to: npm run build:wasm
// records both fingerprints; test:corpus rebuilds and compares byte for byte where Go is installed.
describe('the committed render engine', () => {
  const record = readBuildRecord()

  it('was built from the Go sources as they are committed', () => {
    expect(engineSourceSha256(), 'the Go sources changed since the last npm run build:wasm; run it and commit the result').toBe(record.sourceSha256)
  })

  it('is the engine.wasm that build recorded', () => {
    expect(sha256(readFileSync(ENGINE_WASM))).toBe(record.wasmSha256)
  })

  it('was built with Go 1.19 from Debian, whose wasm_exec.js is committed beside it', () => {
    expect(record.goVersion).toMatch(/^go1\.19\./)
  })
})
