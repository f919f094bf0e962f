import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { BUNDLE_REPORT_FILE } from '../../scripts/budgets/bundleReport'
import type { ChunkReport } from '../../scripts/budgets/bundleReport'

const DIST = 'dist'

/** The built chunks and their modules, as the bundle report plugin wrote them during `vite build`. */
export function readBundleReport(): readonly ChunkReport[] {
  try {
    const parsed = JSON.parse(readFileSync(`${DIST}/${BUNDLE_REPORT_FILE}`, 'utf8')) as { chunks: ChunkReport[] }
    return parsed.chunks
  } catch (error) {
    throw new Error(`No bundle report at ${DIST}/${BUNDLE_REPORT_FILE}: run \`npx vite build\` first (${String(error)})`, { cause: error })
  }
}

/** Collects the paths of the JavaScript files the page (and its workers) request from now on. */
export function recordScripts(page: Page): { readonly take: () => string[] } {
  let seen: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.endsWith('.js') && !seen.includes(path)) seen.push(path)
  })
  return { take: () => { const taken = seen; seen = []; return taken } }
}

export interface LoadedScript {
  readonly path: string
  readonly gzipBytes: number
  /** Undefined for a worker script: workers are separate bundles, not in the page's report. */
  readonly chunk: ChunkReport | undefined
}

/** Gzip size (level 6, what servers use) of each loaded script, matched with its chunk. */
export function sizeScripts(paths: readonly string[], chunks: readonly ChunkReport[]): LoadedScript[] {
  return paths.map((path) => {
    const fileName = path.replace(/^.*?\/assets\//, 'assets/')
    const gzipBytes = gzipSync(readFileSync(`${DIST}/${fileName}`), { level: 6 }).length
    return { path, gzipBytes, chunk: chunks.find((chunk) => chunk.fileName === fileName) }
  })
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** The loaded chunks by gzip size, then the biggest modules in them (rendered, before gzip). */
export function describeScripts(title: string, scripts: readonly LoadedScript[], count = 15): string {
  const pageScripts = scripts.filter((script) => script.chunk !== undefined)
  const workers = scripts.filter((script) => script.chunk === undefined)
  const total = pageScripts.reduce((sum, script) => sum + script.gzipBytes, 0)
  const modules = pageScripts.flatMap((script) => Object.entries(script.chunk?.modules ?? {}))
    .sort(([, a], [, b]) => b - a).slice(0, count)
  return [
    `${title}: ${kb(total)} gzip of JavaScript in the page`,
    ...[...pageScripts].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, count).map((script) => `  ${kb(script.gzipBytes).padStart(9)}  ${script.path}`),
    '  top modules (rendered size, before gzip):',
    ...modules.map(([id, size]) => `  ${kb(size).padStart(9)}  ${id}`),
    ...(workers.length === 0 ? [] : ['  worker scripts (off the main thread, not counted):', ...workers.map((script) => `  ${kb(script.gzipBytes).padStart(9)}  ${script.path}`)]),
  ].join('\n')
}

/** Gzip bytes of the scripts that run in the page (workers excluded). */
export function pageScriptBytes(scripts: readonly LoadedScript[]): number {
  return scripts.filter((script) => script.chunk !== undefined).reduce((sum, script) => sum + script.gzipBytes, 0)
}
