import { isPlainObject } from '../../../data/isPlainObject'
import { VALUES_YAML } from '../../../pack/pack'
import { formatPointer } from '../../../text/jsonPointer'
import { manifestNames, valuesObject } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** R20: keys under `manifests:` name manifest files (basename without extension). */
export const manifestKeyMismatch: Rule = {
  id: 'pack-values/manifest-key-mismatch',
  severity: 'warning',
  description: 'Keys under `manifests:` should be manifest file names without extension.',
  spec: 'R20',
  *check(context: LintContext): Iterable<FindingDraft> {
    const manifests = valuesObject(context)?.manifests
    if (!isPlainObject(manifests)) return
    const names = manifestNames(context)
    const known = [...names].sort()
    for (const key of Object.keys(manifests)) {
      if (names.has(key)) continue
      yield {
        file: VALUES_YAML,
        pointer: formatPointer(['manifests', key]),
        message: `\`manifests.${key}\` matches no manifest in this pack, so no manifest can read its values.`,
        hint: known.length > 0
          ? `Manifest keys are the manifest file names without extension: ${known.join(', ')}.`
          : 'Add manifests/<name>.yaml and list it in pack.json kubeManifests, or remove this key.',
      }
    }
  },
}
