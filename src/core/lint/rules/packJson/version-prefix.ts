import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, byMode, pointerTo } from './packJsonSupport'

/** R13: no leading `v`. pack-central CI rejects it; Palette has published a few, so import only warns. */
export const versionPrefixRule: Rule = {
  id: 'pack-json/version-prefix',
  severity: 'error',
  description: 'version has no leading "v".',
  spec: 'R13',
  *check(context: LintContext): Iterable<FindingDraft> {
    const version = context.packJsonObject?.['version']
    if (typeof version !== 'string' || !/^[vV]/.test(version)) return
    yield {
      file: PACK_JSON_FILE,
      pointer: pointerTo('version'),
      severity: byMode(context, 'error', 'warning'),
      message: `The version "${version}" starts with "${version.charAt(0)}".`,
      hint: `Write "${version.slice(1)}"; Spectro's pack CI rejects a leading "v".`,
    }
  },
}
