import { describe, expect, it } from 'vitest'
import { readPackArchive } from '../../../archive/readPackArchive'
import { writePackTarGz } from '../../../archive/writePackTarGz'
import { writePackZip } from '../../../archive/writePackZip'
import { classifyArchive } from '../../../archive/classifyArchive'
import { makeZip } from '../../../testing/archiveFixtures'
import type { ArchiveOrigin } from '../../../pack/pack'
import { VALID_ADDON_PACK, VALID_PACK_JSON, makePack } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import { expectFindings } from '../../../testing/expectFindings'
import { lintPack } from '../../lintPack'
import type { LintMode } from '../../types'
import { archiveName } from './archive-name'

const WARNING: FindingLocation = { ruleId: 'files/archive-name', severity: 'warning', file: '' }
const NOTE: FindingLocation = { ruleId: 'files/archive-name', severity: 'info', file: '' }

function lintArchiveOrigin(archive: ArchiveOrigin | undefined, mode: LintMode = 'import', packJson: object = VALID_PACK_JSON) {
  const pack = makePack({ ...VALID_ADDON_PACK, 'pack.json': packJson }, archive?.topFolder ?? 'fixture')
  return lintPack(archive === undefined ? pack : { ...pack, archive }, { mode, rules: [archiveName] })
}

describe('files/archive-name', () => {
  it.each<[string, ArchiveOrigin | undefined, readonly FindingLocation[]]>([
    ['a pack folder, whatever its name', undefined, []],
    ['hello-app-1.0.0.tar.gz holding hello-app-1.0.0/', { fileName: 'hello-app-1.0.0.tar.gz', topFolder: 'hello-app-1.0.0' }, []],
    ['hello-app-1.0.0.zip holding hello-app-1.0.0/', { fileName: 'hello-app-1.0.0.zip', topFolder: 'hello-app-1.0.0' }, []],
    ['an archive named after another version', { fileName: 'hello-app-0.9.0.tar.gz', topFolder: 'hello-app-1.0.0' }, [WARNING]],
    ['a .zip named after the folder', { fileName: 'my-work.zip', topFolder: 'hello-app-1.0.0' }, [WARNING]],
    ['an archive without extension', { fileName: 'download', topFolder: 'hello-app-1.0.0' }, [WARNING]],
    ['a flat archive', { fileName: 'hello-app-1.0.0.tar.gz', topFolder: undefined }, [WARNING]],
    ['a top folder of another name', { fileName: 'hello-app-1.0.0.tar.gz', topFolder: 'hello-app-pack' }, [NOTE]],
    ['a misnamed archive with a misnamed folder', { fileName: 'pack.tgz', topFolder: 'hello-app' }, [WARNING, NOTE]],
  ])('%s', async (_label, archive, expected) => {
    expectFindings(await lintArchiveOrigin(archive), expected)
  })

  it('reports the same in author mode', async () => {
    expectFindings(await lintArchiveOrigin({ fileName: 'hello-app-0.9.0.tar.gz', topFolder: 'hello-app-1.0.0' }, 'author'), [WARNING])
  })

  it('has nothing to say when pack.json has no name or version (other rules report it)', async () => {
    expectFindings(await lintArchiveOrigin({ fileName: 'x.zip', topFolder: undefined }, 'import', { ...VALID_PACK_JSON, version: undefined }), [])
  })

  it('sees the name of a .tar.gz read by the CLI and of a .zip opened in the app', async () => {
    const pack = makePack(VALID_ADDON_PACK, 'hello-app-1.0.0')
    const fromCli = await readPackArchive(await writePackTarGz(pack), 'downloads/hello-app-latest.tar.gz')
    expect(fromCli.archive).toEqual({ fileName: 'hello-app-latest.tar.gz', topFolder: 'hello-app-1.0.0' })
    expect((await lintPack(fromCli, { rules: [archiveName] })).map((finding) => finding.message)).toEqual([
      "The archive is named hello-app-latest.tar.gz, but pack.json's name and version make it hello-app-1.0.0.tar.gz; Palette's push steps require the archive to be named <name>-<version>",
    ])
    const opened = await classifyArchive(await writePackZip(pack), 'hello-app-1.0.0.zip')
    const [only] = opened.kind === 'packs' ? opened.packs : []
    expect(only?.archive).toEqual({ fileName: 'hello-app-1.0.0.zip', topFolder: 'hello-app-1.0.0' })
    expect(await lintPack(only ?? pack, { rules: [archiveName] })).toEqual([])
  })

  it('leaves packs of a multi-pack archive unchecked: such an archive is not pushed as it is', async () => {
    const packJson = JSON.stringify(VALID_PACK_JSON)
    const zip = await makeZip([{ name: 'a/pack.json', content: packJson }, { name: 'b/pack.json', content: packJson }])
    const opened = await classifyArchive(zip, 'packs.zip')
    const packs = opened.kind === 'packs' ? opened.packs : []
    expect(packs.map((pack) => [pack.folderName, pack.archive])).toEqual([['a', undefined], ['b', undefined]])
  })
})
