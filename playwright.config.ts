import { defineConfig, devices } from '@playwright/test'
import { findChromium } from './scripts/findChromium'

const executablePath = findChromium()
const PORT = Number(process.env.E2E_PORT ?? 4173)
// `npm run dev` is what a newcomer runs first: one spec proves the dev server works too.
const DEV_PORT = PORT + 1000
const browser = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  },
}

export default defineConfig({
  // The specs are Node code (tsconfig.node.json); the core's and the app's configs map jszip to a
  // type-only declaration that Node cannot load.
  tsconfig: './tsconfig.node.json',
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  // A flaky test is fixed, not retried.
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    acceptDownloads: true,
  },
  projects: [
    { name: 'chromium', testIgnore: '**/dev-server.spec.ts', use: browser },
    { name: 'dev-server', testMatch: '**/dev-server.spec.ts', use: { ...browser, baseURL: `http://localhost:${DEV_PORT}` } },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The README's own command, so a broken `dev` script fails this project.
      command: `npm run dev -- --port ${DEV_PORT} --strictPort`,
      url: `http://localhost:${DEV_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
})
