import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, byMode, pointerTo } from './packJsonSupport'

/** An OCI tag (distribution spec). */
const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/

/** R14: version becomes the OCI tag. */
export const ociTagRule: Rule = {
  id: 'pack-json/oci-tag',
  severity: 'error',
  description: 'version is a valid OCI tag: letters, digits, ".", "_" and "-", at most 128 characters.',
  spec: 'R14',
  *check(context: LintContext): Iterable<FindingDraft> {
    const version = context.packJsonObject?.['version']
    if (typeof version !== 'string' || version.trim() === '' || OCI_TAG.test(version)) return
    yield {
      file: PACK_JSON_FILE,
      pointer: pointerTo('version'),
      severity: byMode(context, 'error', 'warning'),
      message: `The version "${version}" cannot be an OCI tag, so the pack cannot be pushed to an OCI registry.`,
      hint: version.includes('+')
        ? 'OCI tags cannot hold "+": replace the build metadata separator with "-".'
        : 'Use letters, digits, ".", "_" and "-" only, not starting with "." or "-", at most 128 characters.',
    }
  },
}
