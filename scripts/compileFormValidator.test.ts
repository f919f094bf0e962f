import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PACK_JSON_VALIDATOR_FILE, packJsonValidatorCode } from './compileFormValidator'

describe('the precompiled pack.json form validator', () => {
  it('is up to date with the core schema (run `npx tsx scripts/compileFormValidator.ts` when this fails)', () => {
    expect(readFileSync(PACK_JSON_VALIDATOR_FILE, 'utf8')).toBe(packJsonValidatorCode())
  })
})
