import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The core claims "no Node". This proves both guards on a fixture that breaks the claim on purpose:
// src/core/__fixtures__/node-boundary/usesNode.ts imports node:fs and uses Buffer and process.
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const FIXTURE_DIR = 'src/core/__fixtures__/node-boundary'
const FIXTURE = `${FIXTURE_DIR}/usesNode.ts`
// Type-aware ESLint and tsc start cold here: seconds, more on a busy machine.
const SLOW = 120_000

describe('the core has no Node', () => {
  it('tsc, compiling the fixture as tsconfig.core.json compiles the core, refuses node:fs, Buffer and process', async () => {
    const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url))
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', `${FIXTURE_DIR}/tsconfig.json`, '--pretty', 'false'], { cwd: ROOT }).then(
      () => ({ failed: false, output: '' }),
      (error: unknown) => ({ failed: true, output: String((error as { stdout?: unknown }).stdout) }),
    )
    expect(result.failed).toBe(true)
    const errors = result.output.split('\n').filter((line) => line.startsWith(FIXTURE))
    expect(errors).toEqual([
      expect.stringMatching(/^src\/core\/__fixtures__\/node-boundary\/usesNode\.ts\(3,30\): error TS2591: Cannot find name 'node:fs'/),
      expect.stringMatching(/\(7,34\): error TS2591: Cannot find name 'Buffer'/),
      expect.stringMatching(/\(8,41\): error TS2591: Cannot find name 'process'/),
    ])
  }, SLOW)

  it('ESLint refuses the node:fs import and the Buffer and process globals', async () => {
    // ignore: false, because `npm run lint` skips the fixture (it is meant to fail).
    const [report] = await new ESLint({ cwd: ROOT, ignore: false }).lintFiles([FIXTURE])
    const boundaryMessages = (report?.messages ?? [])
      .filter((message) => message.ruleId === 'no-restricted-globals' || message.ruleId === '@typescript-eslint/no-restricted-imports')
      .map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }))
    const noNode = 'src/core has no Node: it also runs in the browser and in a Web Worker.'
    expect(boundaryMessages).toEqual([
      { ruleId: '@typescript-eslint/no-restricted-imports', line: 3, column: 1, message: `'node:fs' import is restricted from being used by a pattern. ${noNode}` },
      { ruleId: 'no-restricted-globals', line: 7, column: 34, message: `Unexpected use of 'Buffer'. ${noNode}` },
      { ruleId: 'no-restricted-globals', line: 8, column: 41, message: `Unexpected use of 'process'. ${noNode}` },
    ])
  }, SLOW)
})
