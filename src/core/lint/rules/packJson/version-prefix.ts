import type { FindingDraft, LintContext, Rule } from '../../types'
import { dropVersionPrefix } from '../../fixes/packJsonFixes'
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
      // Not safe: the version is the pack's identity (its OCI tag), so changing it needs a look.
      fixes: [{ fixId: 'drop-v', title: `Change the version to "${version.slice(1)}"`, safe: false, args: { version } }],
    }
  },
  fixes: { 'drop-v': dropVersionPrefix },
}
