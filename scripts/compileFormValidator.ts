// Precompiles the pack.json form validator, so the page needs no 'unsafe-eval' under its CSP.
// rjsf writes CommonJS keyed by schema id (its ESM mode cannot name those exports, rjsf#4436); the
// Vite dev server does not serve CommonJS from src/, so the code is turned into one ES module here.
// Run: npx tsx scripts/compileFormValidator.ts (scripts/compileFormValidator.test.ts fails when the output is stale).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RJSFSchema } from '@rjsf/utils'
import { compileSchemaValidatorsCode } from '@rjsf/validator-ajv8/compileSchemaValidators'
import { PACK_JSON_AUTHOR_SCHEMA } from '../src/core'

/** Where the precompiled validator lives. */
export const PACK_JSON_VALIDATOR_FILE = fileURLToPath(new URL('../src/ui/form/generated/packJsonValidator.js', import.meta.url))

/** The ES module source of the precompiled validator for the core's pack.json author schema. */
export function packJsonValidatorCode(): string {
  return toEsModule(compileSchemaValidatorsCode(PACK_JSON_AUTHOR_SCHEMA as unknown as RJSFSchema))
}

/** Rewrites ajv's standalone CommonJS (`require(...).default`, `exports[id] = fn`) as an ES module. */
function toEsModule(commonJs: string): string {
  const requires = /^const (\w+) = require\("([^"]+)"\)\.default;$/gm
  const body = commonJs
    .replace(/^"use strict";\n/, '')
    // ajv's runtime helpers are CommonJS, some with an __esModule flag (ucs2length) and some without
    // (equal): a bundler's default import then gives either the function or { default: function }.
    .replace(requires, (_line, name: string, module: string) =>
      `import ${name}Module from "${module}.js";\nconst ${name} = typeof ${name}Module === "function" ? ${name}Module : ${name}Module.default;`)
    .replace(/^exports\[/gm, 'validateFns[')
  if (/\brequire\(|\bexports\b/.test(body.replace(/validateFns\[/g, ''))) {
    throw new Error('the precompiled validator uses CommonJS this script cannot rewrite; update toEsModule')
  }
  const imports = body.split('\n').filter((line) => line.startsWith('import ') || /^const func\d+ = typeof /.test(line))
  const rest = body.split('\n').filter((line) => !imports.includes(line))
  return [...imports, 'const validateFns = {};', ...rest, 'export default validateFns;', ''].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(PACK_JSON_VALIDATOR_FILE), { recursive: true })
  writeFileSync(PACK_JSON_VALIDATOR_FILE, packJsonValidatorCode())
  console.log(`wrote ${PACK_JSON_VALIDATOR_FILE}`)
}
