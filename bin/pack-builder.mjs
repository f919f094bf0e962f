#!/usr/bin/env node
// Runs the CLI bundle that `npm run build:cli` (also run by `npm ci` and `npm pack`, through
// `prepare`) writes from src/cli/main.ts: no TypeScript to transpile at start-up.
let cli
try {
  cli = await import('../dist-cli/pack-builder.mjs')
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist-cli')) throw error
  process.stderr.write('pack-builder: the CLI is not built yet (dist-cli/pack-builder.mjs is missing); run `npm run build:cli`.\n')
  process.exit(2)
}
process.exitCode = await cli.main(process.argv.slice(2))
