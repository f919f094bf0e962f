import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createPack } from '../pack/pack'
import type { Pack } from '../pack/pack'
import { VALID_ADDON_PACK, makePack } from '../testing/packFixtures'
import { PackReadError } from './packReadError'
import { readPackArchive } from './readPackArchive'
import { writePackTarGz } from './writePackTarGz'
import { writePackZip } from './writePackZip'

const segment = fc
  .array(fc.constantFrom('a', 'b', 'c', 'X', 'Z', '0', '9', '.', '_', '-', ' ', 'é', 'ü', '中'), { minLength: 1, maxLength: 40 })
  .map((chars) => chars.join(''))
  .filter((name) => name !== '.' && name !== '..')

const safePath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments) => segments.join('/'))

/** Packs with safe, distinct paths where no file path is also a folder of another file. */
const arbitraryPack: fc.Arbitrary<Pack> = fc
  .uniqueArray(fc.tuple(safePath, fc.uint8Array({ maxLength: 3000 })), { minLength: 1, maxLength: 12, selector: ([path]) => path })
  .map((files) => files.filter(([path]) => !files.some(([other]) => other.startsWith(`${path}/`))))
  .map((files) => createPack('prop-pack', files))

function sortedFiles(pack: Pack): [string, Uint8Array][] {
  return [...pack.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

async function expectOnlyPackReadError(bytes: Uint8Array, fileName: string): Promise<void> {
  try {
    await readPackArchive(bytes, fileName)
  } catch (error) {
    expect(error).toBeInstanceOf(PackReadError)
  }
}

describe('archive round trips', () => {
  it('writePackTarGz then readPackArchive gives back identical files', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPack, async (pack) => {
        const back = await readPackArchive(await writePackTarGz(pack), 'p.tar.gz')
        expect(back.folderName).toBe('prop-pack')
        expect(sortedFiles(back)).toEqual(sortedFiles(pack))
      }),
      { numRuns: 60 },
    )
  })

  it('writePackZip then readPackArchive gives back identical files', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPack, async (pack) => {
        const back = await readPackArchive(await writePackZip(pack), 'p.zip')
        expect(sortedFiles(back)).toEqual(sortedFiles(pack))
      }),
      { numRuns: 60 },
    )
  })

  it('writes the same bytes twice', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPack, async (pack) => {
        expect(await writePackTarGz(pack)).toEqual(await writePackTarGz(pack))
        expect(await writePackZip(pack)).toEqual(await writePackZip(pack))
      }),
      { numRuns: 20 },
    )
  })
})

describe('readers on arbitrary bytes', () => {
  const prefixes = [[], [0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0x1f, 0x8b], [0x1f, 0x8b, 0x08, 0x00]]

  it('throw nothing but PackReadError on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 2000 }), async (prefix, tail) => {
        await expectOnlyPackReadError(Uint8Array.from([...prefix, ...tail]), 'random.bin')
      }),
      { numRuns: 300 },
    )
  })

  it('throw nothing but PackReadError on mutated or cut valid archives', async () => {
    const pack = makePack(VALID_ADDON_PACK)
    const archives = [await writePackZip(pack), await writePackTarGz(pack)]
    const mutation = fc.record({
      which: fc.integer({ min: 0, max: 1 }),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
    })
    await fc.assert(
      fc.asyncProperty(mutation, async ({ which, flips, cut }) => {
        const original = archives[which] ?? new Uint8Array()
        const bytes = original.slice(0, cut === undefined ? original.length : cut % (original.length + 1))
        for (const [position, mask] of flips) {
          if (bytes.length > 0) bytes[position % bytes.length] = (bytes[position % bytes.length] ?? 0) ^ mask
        }
        await expectOnlyPackReadError(bytes, which === 0 ? 'mutated.zip' : 'mutated.tar.gz')
      }),
      { numRuns: 400 },
    )
  })
})
