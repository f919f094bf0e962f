import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, byMode, pointerTo } from './packJsonSupport'

/** An OCI repository path component (distribution spec). */
const OCI_PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/

/** R14: name becomes the last OCI repository path segment, `.../spectro-packs/archive/<name>`. */
export const ociNameRule: Rule = {
  id: 'pack-json/oci-name',
  severity: 'error',
  description: 'name is a valid OCI repository name: lower-case letters and digits joined by ".", "_", "__" or "-".',
  spec: 'R14',
  *check(context: LintContext): Iterable<FindingDraft> {
    const name = context.packJsonObject?.['name']
    if (typeof name !== 'string' || name.trim() === '' || OCI_PATH_COMPONENT.test(name)) return
    const suggestion = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    yield {
      file: PACK_JSON_FILE,
      pointer: pointerTo('name'),
      severity: byMode(context, 'error', 'warning'),
      message: `The name "${name}" cannot be an OCI repository name, so the pack cannot be pushed to an OCI registry.`,
      hint: OCI_PATH_COMPONENT.test(suggestion)
        ? `Use lower-case letters and digits joined by ".", "_" or "-", for example "${suggestion}".`
        : 'Use lower-case letters and digits joined by ".", "_" or "-".',
    }
  },
}
