// A seeded fuzz test: our own fixture packs, damaged in the ways real uploads are, through every
// reader and then through lint. The only acceptable outcomes are a PackReadError or findings.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { gzipSync } from 'fflate'
import { lintPack } from '../lint/lintPack'
import type { LintMode } from '../lint/types'
import type { Pack } from '../pack/pack'
import { makeTar, makeZip } from '../testing/archiveFixtures'
import type { FixtureEntry } from '../testing/archiveFixtures'
import { chartYaml, makeChartTgz } from '../testing/chartFixtures'
import { VALID_ADDON_PACK, VALID_PACK_JSON, makePack } from '../testing/packFixtures'
import { classifyArchive, classifyFolder } from './classifyArchive'
import { packFromEntries } from './packFromEntries'
import type { PackEntry } from './packFromEntries'
import { PackReadError } from './packReadError'
import { readPackArchive } from './readPackArchive'

const SEED = 20261125
const RUNS = 200

/** The fixture packs' files under one top folder, as `tar -czf p.tar.gz p` lays them out. */
async function fixtureEntries(): Promise<PackEntry[][]> {
  const chart = await makeChartTgz({ folder: 'web', chartYaml: chartYaml('web', '1.2.0'), valuesYaml: 'replicaCount: 1\nimage:\n  repository: nginx\n', files: { 'templates/deploy.yaml': 'replicas: {{ .Values.replicaCount }}\n' } })
  const chartPack = makePack({
    ...VALID_ADDON_PACK,
    'pack.json': { ...VALID_PACK_JSON, charts: ['charts/web-1.2.0.tgz'] },
    'values.yaml': 'pack:\n  namespace: web\ncharts:\n  web:\n    replicaCount: 2\n',
    'charts/web-1.2.0.tgz': chart,
  })
  return [makePack(VALID_ADDON_PACK), chartPack].map((pack) => [...pack.files].map(([path, bytes]) => ({ path: `p/${path}`, bytes })))
}

type Mutation =
  | { kind: 'duplicate'; index: number; changed: boolean }
  | { kind: 'long-name'; index: number; length: number }
  | { kind: 'non-utf8-name'; index: number; byte: number }
  | { kind: 'case-collision'; index: number }
  | { kind: 'none' }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('duplicate' as const), index: fc.nat(), changed: fc.boolean() }),
  fc.record({ kind: fc.constant('long-name' as const), index: fc.nat(), length: fc.integer({ min: 200, max: 70_000 }) }),
  fc.record({ kind: fc.constant('non-utf8-name' as const), index: fc.nat(), byte: fc.integer({ min: 0x80, max: 0xff }) }),
  fc.record({ kind: fc.constant('case-collision' as const), index: fc.nat() }),
  fc.constant({ kind: 'none' as const }),
)

/** Where a name's byte is patched after writing: the archive libraries only write valid UTF-8 names. */
const NON_UTF8_MARK = '\u0001'

/** The entries after a mutation of the listing (names and duplicates). */
function mutateEntries(entries: readonly PackEntry[], change: Mutation): PackEntry[] {
  const list = [...entries]
  if (change.kind === 'none') return list
  const index = change.index % list.length
  const target = list[index]
  if (target === undefined) return list
  switch (change.kind) {
    case 'duplicate':
      return [...list, { path: target.path, bytes: change.changed ? target.bytes.slice(0, Math.floor(target.bytes.length / 2)) : target.bytes }]
    case 'long-name':
      return [...list, { path: `p/${'d'.repeat(change.length)}/x.yaml`, bytes: target.bytes }]
    case 'non-utf8-name':
      return [...list, { path: target.path.replace(/\.[a-z]+$/, `${NON_UTF8_MARK}$&`), bytes: target.bytes }]
    case 'case-collision':
      return [...list, { path: target.path.replace(/\/([^/]+)$/, (_whole, name: string) => `/${name === name.toUpperCase() ? name.toLowerCase() : name.toUpperCase()}`), bytes: target.bytes }]
  }
}

/** Replaces the marker byte in names by `byte` (a lone UTF-8 continuation or lead byte); tar checksums are fixed. */
function patchMarker(archive: Uint8Array, byte: number, tar: boolean): Uint8Array {
  const result = archive.slice()
  for (let index = 0; index < result.length; index++) {
    if (result[index] !== 1) continue
    result[index] = byte
    if (!tar) continue
    const header = index - (index % 512)
    result.fill(0x20, header + 148, header + 156)
    const sum = result.subarray(header, header + 512).reduce((total, value) => total + value, 0)
    result.set(new TextEncoder().encode(sum.toString(8).padStart(6, '0') + '\0 '), header + 148)
  }
  return result
}

/** Writes the entries as an archive, then flips bytes and cuts it as the byte mutations say. */
async function writeDamaged(entries: readonly PackEntry[], format: 'zip' | 'tar.gz', change: Mutation, flips: readonly [number, number][], cut: number | undefined): Promise<Uint8Array> {
  const fixture: FixtureEntry[] = entries.map(({ path, bytes }) => ({ name: path, content: bytes }))
  let bytes = format === 'zip' ? await makeZip(fixture) : await makeTar(fixture)
  if (change.kind === 'non-utf8-name') bytes = patchMarker(bytes, change.byte, format === 'tar.gz')
  if (format === 'tar.gz') bytes = gzipSync(bytes, { mtime: 0 })
  const damaged = bytes.slice(0, cut === undefined ? bytes.length : cut % (bytes.length + 1))
  for (const [position, mask] of flips) {
    if (damaged.length > 0) damaged[position % damaged.length] = (damaged[position % damaged.length] ?? 0) ^ mask
  }
  return damaged
}

/** Runs a reader: a pack (or packs), or a PackReadError; any other throw fails the property. */
async function readOrRefuse(read: () => Promise<Pack[]> | Pack[]): Promise<Pack[]> {
  try {
    return await read()
  } catch (error) {
    if (!(error instanceof PackReadError)) throw new Error(`a reader threw ${String(error)}, not a PackReadError`, { cause: error })
    expect(error.message.length).toBeGreaterThan(0)
    return []
  }
}

/** Lint must answer with findings, none of them a rule that crashed. */
async function expectLintFindings(pack: Pack, mode: LintMode): Promise<void> {
  const findings = await lintPack(pack, { mode })
  expect(findings.filter((finding) => finding.message.startsWith('internal error in rule'))).toEqual([])
}

/** The packs that differ in their listing: linting the same files twice would only cost time. */
function distinctListings(packs: readonly Pack[]): Pack[] {
  const seen = new Set<string>()
  return packs.filter((pack) => {
    const listing = [...pack.files].map(([path, bytes]) => `${path}:${bytes.length}`).join('\n')
    if (seen.has(listing)) return false
    seen.add(listing)
    return true
  })
}

describe('fuzzed archives and folders (seeded)', () => {
  it('give a PackReadError or a pack whose lint gives findings, never another throw', async () => {
    const fixtures = await fixtureEntries()
    const outcomes = { refused: 0, read: 0 }
    const scenario = fc.record({
      fixture: fc.nat({ max: fixtures.length - 1 }),
      format: fc.constantFrom('zip' as const, 'tar.gz' as const),
      change: mutation,
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 4 }),
      cut: fc.option(fc.nat(), { nil: undefined, freq: 4 }),
      mode: fc.constantFrom<LintMode>('import', 'author'),
    })
    await fc.assert(
      fc.asyncProperty(scenario, async ({ fixture, format, change, flips, cut, mode }) => {
        const entries = mutateEntries(fixtures[fixture] ?? [], change)
        const archive = await writeDamaged(entries, format, change, flips, cut)
        const folderEntries = entries.map(({ path, bytes }) => ({ path: path.replace(NON_UTF8_MARK, '\uDC80'), bytes }))
        const fileName = `p.${format}`
        const packs = [
          ...await readOrRefuse(async () => [await readPackArchive(archive, fileName)]),
          ...await readOrRefuse(async () => {
            const opened = await classifyArchive(archive, fileName)
            return opened.kind === 'packs' ? [...opened.packs] : []
          }),
          // A folder picked in the browser or read by the CLI: the same listing, no archive around it,
          // where a name that was not UTF-8 arrives decoded with a lone surrogate.
          ...await readOrRefuse(() => {
            const opened = classifyFolder('p', folderEntries)
            return opened.kind === 'packs' ? [...opened.packs] : []
          }),
          ...await readOrRefuse(() => [packFromEntries('p', folderEntries.map(({ path, bytes }) => ({ path: path.slice(2), bytes })))]),
        ]
        outcomes.refused += 4 - packs.length
        outcomes.read += packs.length
        for (const pack of distinctListings(packs)) await expectLintFindings(pack, mode)
      }),
      { seed: SEED, numRuns: RUNS },
    )
    // Both outcomes happen often: the mutations neither always break the input nor never do.
    expect(outcomes.refused).toBeGreaterThan(RUNS / 4)
    expect(outcomes.read).toBeGreaterThan(RUNS / 4)
    // 200 seeded runs of four readers and lint: about 15 s on an idle machine, far more on a busy one.
  }, 120_000)
})
