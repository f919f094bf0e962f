import { coerce, compare } from 'semver'
import { parseJsonView } from '../../pack/jsonView'
import { PACK_JSON } from '../../pack/pack'
import type { Pack } from '../../pack/pack'
import { packJsonIdentity } from '../../pack/packJsonIdentity'
import type { Finding } from '../types'

/** The rule id of the one check that needs several versions of a pack at once. */
export const DISPLAY_NAME_CONSISTENT = 'pack-json/display-name-consistent'

interface Identity {
  readonly index: number
  readonly name: string
  readonly version: string
  readonly displayName: string
  readonly line: number | undefined
  readonly column: number | undefined
}

function identityOf(pack: Pack, index: number): Identity | undefined {
  const { name, displayName, version } = packJsonIdentity(pack)
  const bytes = pack.files.get(PACK_JSON)
  if (name === undefined || displayName === undefined || !bytes) return undefined
  const position = parseJsonView(bytes).locate('/displayName')
  return { index, name, displayName, version: version ?? '?', line: position?.line, column: position?.column }
}

/**
 * R36: versions of one pack (same `name`) keep the same `displayName`; Palette shows a changed one as
 * a different pack. Returns, per input pack (by index), its findings: one warning on each pack whose
 * displayName differs from the one most of its versions use.
 */
export function checkDisplayNameConsistency(packs: readonly Pack[]): Finding[][] {
  const findings: Finding[][] = packs.map(() => [])
  const byName = new Map<string, Identity[]>()
  packs.forEach((pack, index) => {
    const identity = identityOf(pack, index)
    if (identity) byName.set(identity.name, [...(byName.get(identity.name) ?? []), identity])
  })
  for (const [name, versions] of byName) {
    const counts = new Map<string, number>()
    for (const version of versions) counts.set(version.displayName, (counts.get(version.displayName) ?? 0) + 1)
    if (counts.size < 2) continue
    // The name most versions use; on a tie, the one of the earliest version, which later ones should keep.
    const earliest = [...versions].sort((a, b) => compareLoose(a.version, b.version))
    const rank = (displayName: string) => earliest.findIndex((version) => version.displayName === displayName)
    const usual = [...counts].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))[0]?.[0] ?? ''
    const others = versions.filter((version) => version.displayName === usual).map((version) => version.version)
    for (const version of versions) {
      if (version.displayName === usual) continue
      findings[version.index]?.push({
        ruleId: DISPLAY_NAME_CONSISTENT,
        severity: 'warning',
        file: PACK_JSON,
        ...(version.line !== undefined ? { line: version.line, column: version.column ?? 1 } : {}),
        pointer: '/displayName',
        message: `displayName "${version.displayName}" differs from "${usual}" used by ${name} ${others.join(', ')}; Palette shows a renamed pack as a new pack`,
        hint: `Keep displayName "${usual}" for every version of ${name}.`,
      })
    }
  }
  return findings
}

/** Orders versions like `1.5`, `v1.8.7` and `0.30.0-5.5.2026` the way a person would; unparseable ones last. */
function compareLoose(a: string, b: string): number {
  const left = coerce(a, { includePrerelease: true })
  const right = coerce(b, { includePrerelease: true })
  if (left && right) return compare(left, right)
  return left ? -1 : right ? 1 : a.localeCompare(b)
}
