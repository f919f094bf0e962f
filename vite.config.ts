import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The page must work offline and under a strict CSP, so everything (Monaco included) is bundled.
export default defineConfig({
  plugins: [react()],
  base: './',
  resolve: {
    // tar-stream -> streamx -> events-universal requires Node's `events`, which Vite leaves out of a
    // browser build (the bundle then fails with "Class extends value undefined"). bare-events is the
    // pure-JS EventEmitter events-universal itself depends on.
    alias: [{ find: /^events-universal$/, replacement: 'bare-events' }],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
  },
  worker: {
    format: 'es',
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
})
