import type { ChartInspection } from './chartInfo'

/** Reads a packaged Helm chart in memory. (Placeholder until the archive work lands.) */
export function inspectChart(bytes: Uint8Array): Promise<ChartInspection> {
  return Promise.resolve({ ok: false, problem: `chart inspection is not implemented yet (${bytes.length} bytes)` })
}
