import type { FindingDraft, LintContext, Rule } from '../../types'

const ARCHIVE_EXTENSION = /\.(tar\.gz|tgz|zip)$/i

/**
 * R15: Palette's push steps make the archive with `tar -czf <name>-<version>.tar.gz <folder>` and
 * require NAME and VERSION to equal pack.json's; an archive named otherwise is pushed under a
 * name or tag that is not the pack's. Only packs read from an archive are checked: a pack folder
 * may have any name (spec section 1.2), and so may the archive's top folder (section 4.2), which
 * is only worth a note.
 */
export const archiveName: Rule = {
  id: 'files/archive-name',
  severity: 'warning',
  description: 'An archive holding one pack is named <name>-<version> after pack.json and holds the pack in one top folder.',
  spec: 'R15',
  *check(context) {
    const archive = context.pack.archive
    const expected = expectedBaseName(context)
    if (archive === undefined || expected === undefined) return
    const extension = ARCHIVE_EXTENSION.exec(archive.fileName)?.[0] ?? ''
    const base = archive.fileName.slice(0, archive.fileName.length - extension.length)
    if (base !== expected) yield misnamedArchive(archive.fileName, expected + (extension || '.tar.gz'))
    if (archive.topFolder === undefined) {
      yield {
        file: '',
        message: `${archive.fileName} holds pack.json at its top, not inside one folder as Palette's push steps make it (tar -czf ${expected}.tar.gz <folder>)`,
        hint: `Put the pack's files in one folder, such as ${expected}/, and archive that folder, as Pack Builder's download does.`,
      }
    } else if (archive.topFolder !== expected) {
      yield {
        file: '',
        severity: 'info',
        message: `${archive.fileName} holds the pack in the folder ${archive.topFolder}/, not ${expected}/; Palette accepts any folder name`,
        hint: `Name the folder ${expected}/ to match pack.json, as Pack Builder's download does.`,
      }
    }
  },
}

function misnamedArchive(fileName: string, expectedName: string): FindingDraft {
  return {
    file: '',
    message: `The archive is named ${fileName}, but pack.json's name and version make it ${expectedName}; Palette's push steps require the archive to be named <name>-<version>`,
    hint: `Rename the archive to ${expectedName}; Pack Builder's download names it so.`,
  }
}

/** `<name>-<version>` from pack.json; undefined when either is missing, which other rules report. */
function expectedBaseName(context: LintContext): string | undefined {
  const name = context.packJsonObject?.name
  const version = context.packJsonObject?.version
  if (typeof name !== 'string' || typeof version !== 'string' || name === '' || version === '') return undefined
  return `${name}-${version}`
}
