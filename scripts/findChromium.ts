// Finds a Chromium the e2e tests can drive. Playwright's own browser downloads do not work
// everywhere (no internet but package registries), so a system Chromium is preferred.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's real binary: skips the wrapper script and its /dev/shm check
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/** The path of a usable Chromium, or undefined. `CHROMIUM_PATH` wins when set. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  for (const candidate of CANDIDATES) if (existsSync(candidate)) return candidate
  try {
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled)) return bundled
  } catch {
    // Playwright has no browser of its own installed: fine, we looked elsewhere.
  }
  return undefined
}
