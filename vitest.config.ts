import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The core must not need a DOM: every unit test runs in plain Node.
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    testTimeout: 20_000,
  },
})
