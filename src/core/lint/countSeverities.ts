import type { Finding, Severity } from './types'

/** How many findings there are of each severity. */
export type SeverityCounts = Readonly<Record<Severity, number>>

/** Counts findings per severity (the CLI's summary, the Problems panel, the file tree badges). */
export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const finding of findings) counts[finding.severity] += 1
  return counts
}
