import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { fileURLToPath } from 'node:url'
import { bundleReport } from './scripts/budgets/bundleReport.ts'
import { preloadAppChunk } from './scripts/build/preloadAppChunk.ts'
import { startupChunkGroups } from './scripts/build/startupChunks.ts'

// The page must work offline and under a strict CSP, so everything (Monaco included) is bundled, and a
// service worker precaches every built file: after the first visit the app loads with no network.
export default defineConfig({
  plugins: [
    react(),
    // Which modules are in which chunk, for the JS budget check.
    bundleReport(),
    preloadAppChunk(),
    VitePWA({
      // A new version waits until the user clicks "Reload to update" (UpdatePrompt), so an edit in
      // progress is never interrupted; the draft is in IndexedDB and survives the reload.
      registerType: 'prompt',
      // Registered from the app (virtual:pwa-register/react), not by an injected inline script the CSP would block.
      injectRegister: false,
      manifest: {
        name: 'Pack Builder',
        short_name: 'Pack Builder',
        description: 'Build Spectro Cloud Palette custom packs in the browser, offline.',
        theme_color: '#2454d6',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every built file, lazy chunks, Monaco's workers, fonts and wasm included, so any panel opens offline.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,woff,woff2,ttf,wasm,json,webmanifest}'],
        // Monaco's main chunk is several MiB; the default 2 MiB cap would silently leave it out.
        maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  base: './',
  resolve: {
    // tar-stream -> streamx -> events-universal requires Node's `events`, which Vite leaves out of a
    // browser build (the bundle then fails with "Class extends value undefined"). bare-events is the
    // pure-JS EventEmitter events-universal itself depends on.
    alias: [
      { find: /^events-universal$/, replacement: 'bare-events' },
      { find: /^markdown-to-jsx\/react$/, replacement: fileURLToPath(new URL('./src/ui/form/plainMarkdown.tsx', import.meta.url)) },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: {
        // Three files at start-up: entry, app and (with a draft open) builder. See startupChunks.ts.
        codeSplitting: { groups: startupChunkGroups(fileURLToPath(new URL('./src/main.tsx', import.meta.url))) },
      },
    },
  },
  worker: {
    format: 'es',
  },
  optimizeDeps: {
    // The dev server pre-bundles what its scan of these finds. Workers are not reached from index.html,
    // and since the builder loads lazily the page no longer imports their CommonJS libraries (jszip,
    // semver) up front; the render worker also imports the Kubernetes schemas lazily. Found later,
    // they would be optimized mid-session and reload the page.
    // The editor's YAML worker too: reached only through Monaco's lazy set-up, it was found after the
    // page had loaded and reloaded it under the user.
    entries: ['index.html', 'src/ui/lint/lintWorker.ts', 'src/ui/download/archiveWorker.ts', 'src/ui/render/renderWorker.ts', 'src/editor/yaml.worker.ts'],
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
})
