import { osJunkKind } from '../../../pack/osJunk'
import type { Rule } from '../../types'

/** Files a file manager left in the pack folder (.DS_Store, __MACOSX/, ._*, Thumbs.db) would ship in the archive. */
export const osMetadataJunk: Rule = {
  id: 'files/os-metadata-junk',
  severity: 'warning',
  description: 'The pack holds no operating-system metadata files (.DS_Store, __MACOSX/, ._* AppleDouble files, Thumbs.db, desktop.ini).',
  spec: 'section 4 (packaging)',
  *check(context) {
    for (const path of context.pack.files.keys()) {
      const kind = osJunkKind(path)
      if (kind === undefined) continue
      yield {
        file: path,
        message: `${path} is ${kind}, not part of the pack; it would ship in the archive`,
        hint: 'Remove it (the Problems panel can remove every such file at once).',
      }
    }
  },
}
