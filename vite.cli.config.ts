import { defineConfig } from 'vite'

// The CLI as one ES module for Node (dist-cli/pack-builder.mjs), so `pack-builder` starts without
// transpiling TypeScript and needs no installed dependency: everything it imports is bundled.
// Files a module finds with `new URL('./file', import.meta.url)` (a .wasm engine, say) are copied
// next to the bundle by the same build, and that URL points at the copy.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'pack-builder.mjs', inlineDynamicImports: true },
    },
  },
  ssr: {
    // Bundle every dependency; only Node's own modules stay imports.
    noExternal: true,
    target: 'node',
  },
})
