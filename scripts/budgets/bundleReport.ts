// A Vite plugin that records which source modules went into which built chunk, so the JS budget check
// (e2e/js-budget.spec.ts) can name the modules behind a chunk that is loaded too early.
import type { Plugin } from 'vite'

/** Where the report goes inside the build's output folder (a dot folder: the service worker does not precache it). */
export const BUNDLE_REPORT_FILE = '.vite/bundle-report.json'

export interface ChunkReport {
  readonly fileName: string
  readonly isEntry: boolean
  readonly imports: readonly string[]
  readonly dynamicImports: readonly string[]
  /** Source module id (relative to the project) -> its rendered length in the chunk, in bytes. */
  readonly modules: Readonly<Record<string, number>>
}

export function bundleReport(): Plugin {
  return {
    name: 'pack-builder-bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const root = process.cwd()
      const chunks: ChunkReport[] = []
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        const modules: Record<string, number> = {}
        for (const [id, info] of Object.entries(output.modules)) {
          modules[id.startsWith(root) ? id.slice(root.length + 1) : id] = info.renderedLength
        }
        chunks.push({ fileName: output.fileName, isEntry: output.isEntry, imports: output.imports, dynamicImports: output.dynamicImports, modules })
      }
      this.emitFile({ type: 'asset', fileName: BUNDLE_REPORT_FILE, source: JSON.stringify({ chunks }, null, 1) })
    },
  }
}
