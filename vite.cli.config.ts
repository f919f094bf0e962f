import { readFileSync } from 'node:fs'
import { defineConfig } from 'vite'
import type { Plugin } from 'vite'

// The render engine's wasm is read from disk at run time (src/cli/renderEngineNode.ts looks beside
// the bundle first), so the build copies it there.
const copyRenderEngine: Plugin = {
  name: 'copy-render-engine',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'engine.wasm', source: readFileSync('src/core/render/generated/engine.wasm') })
  },
}

// The CLI as one ES module for Node (dist-cli/pack-builder.mjs), so `pack-builder` starts without
// transpiling TypeScript and needs no installed dependency: everything it imports is bundled.
// The render and validate worker_threads are entries too (dist-cli/render-worker.mjs,
// dist-cli/validate-worker.mjs); commands are chunks loaded on demand, so `--help` stays fast.
export default defineConfig({
  publicDir: false,
  plugins: [copyRenderEngine],
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { 'pack-builder': 'src/cli/main.ts', 'render-worker': 'src/cli/renderWorkerThread.ts', 'validate-worker': 'src/cli/validateWorkerThread.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
  ssr: {
    // Bundle every dependency; only Node's own modules stay imports.
    noExternal: true,
    target: 'node',
  },
})
