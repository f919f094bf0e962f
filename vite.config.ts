import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The page must work offline and under a strict CSP, so everything (Monaco included) is bundled.
export default defineConfig({
  plugins: [react()],
  base: './',
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
