import type { Finding } from '../../core'

/** Findings of one file, in the engine's order. */
export interface FindingGroup {
  readonly file: string
  readonly findings: readonly Finding[]
}

/** Findings grouped by file; pack-wide findings (file '') come first. */
export function groupFindingsByFile(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>()
  for (const finding of findings) {
    const group = groups.get(finding.file)
    if (group) group.push(finding)
    else groups.set(finding.file, [finding])
  }
  return [...groups].sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))).map(([file, list]) => ({ file, findings: list }))
}

/** `file:line` (or the file alone, or "pack" for pack-wide findings) for display. */
export function findingLocation(finding: Finding): string {
  if (finding.file === '') return 'pack'
  return finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`
}
