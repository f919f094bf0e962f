// Precompiles the pack.json form validator, so the page needs no 'unsafe-eval' under its CSP.
// Run: npx tsx scripts/compileFormValidator.ts (scripts/compileFormValidator.test.ts fails when the output is stale).
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { RJSFSchema } from '@rjsf/utils'
import { compileSchemaValidatorsCode } from '@rjsf/validator-ajv8/compileSchemaValidators'
import { PACK_JSON_AUTHOR_SCHEMA } from '../src/core'

/** Where the precompiled validator lives. */
export const PACK_JSON_VALIDATOR_FILE = fileURLToPath(new URL('../src/ui/form/generated/packJsonValidator.cjs', import.meta.url))

/** The CommonJS source of the precompiled validator for the core's pack.json author schema. */
export function packJsonValidatorCode(): string {
  return compileSchemaValidatorsCode(PACK_JSON_AUTHOR_SCHEMA as unknown as RJSFSchema)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PACK_JSON_VALIDATOR_FILE, packJsonValidatorCode())
  console.log(`wrote ${PACK_JSON_VALIDATOR_FILE}`)
}
