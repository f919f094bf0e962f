// Breaks the core's boundary on purpose: src/core/boundary.test.ts expects tsc and ESLint to refuse
// each of these lines. It is excluded from the real builds and from `npm run lint`.
import { readFileSync } from 'node:fs'
// jszip's own typings reference Node's; the core must still not see them through it.
import JSZip from 'jszip'

export const bytes: Uint8Array = Buffer.from('pack')
export const home: string | undefined = process.env['HOME']
export const readPackJson = (): Uint8Array => readFileSync('pack.json')
export const archive = new JSZip()
