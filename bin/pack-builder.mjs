#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ through tsx, so `npx pack-builder` works right after
// `npm ci` with no build step, and always runs the same code the tests cover.
import { tsImport } from 'tsx/esm/api'

const { main } = await tsImport('../src/cli/main.ts', import.meta.url)
process.exitCode = await main(process.argv.slice(2))
