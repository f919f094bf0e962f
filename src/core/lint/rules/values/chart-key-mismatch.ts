import { isPlainObject } from '../../../data/isPlainObject'
import { VALUES_YAML } from '../../../pack/pack'
import { formatPointer } from '../../../text/jsonPointer'
import { chartFolders, valuesObject } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** R20: keys under `charts:` name chart folders inside the pack's .tgz files. */
export const chartKeyMismatch: Rule = {
  id: 'pack-values/chart-key-mismatch',
  severity: 'warning',
  description: 'Keys under `charts:` should be the folder names inside the pack\'s chart archives.',
  spec: 'R20',
  *check(context: LintContext): Iterable<FindingDraft> {
    const charts = valuesObject(context)?.charts
    const folders = chartFolders(context)
    if (!isPlainObject(charts) || !folders) return
    const known = [...folders].sort()
    for (const key of Object.keys(charts)) {
      if (folders.has(key)) continue
      yield {
        file: VALUES_YAML,
        pointer: formatPointer(['charts', key]),
        message: `\`charts.${key}\` matches no chart in this pack, so its values are never used.`,
        hint: known.length > 0
          ? `Chart keys are the folder names inside the .tgz files: ${known.join(', ')}.`
          : 'Add the chart archive under charts/ and list it in pack.json, or remove this key.',
      }
    }
  },
}
