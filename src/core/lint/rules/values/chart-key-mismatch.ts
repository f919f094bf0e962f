import { isPlainObject } from '../../../data/isPlainObject'
import { VALUES_YAML } from '../../../pack/pack'
import { formatPointer } from '../../../text/jsonPointer'
import { chartFolders, valuesObject } from '../../../values/packContents'
import { renameChartKey } from '../../fixes/valuesFixes'
import type { FindingDraft, FixOffer, LintContext, Rule } from '../../types'
import { chartValuesWithoutFolder } from './chart-values-misplaced'

/** More candidate folders than this make a menu nobody reads; the hint lists them instead. */
const MAX_RENAME_FIXES = 5

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
    // A chart value written without its folder key is chart-values-misplaced's, with a better hint.
    const misplaced = new Set(chartValuesWithoutFolder(context).map(({ key }) => key))
    const unmatched = Object.keys(charts).filter((key) => !folders.has(key) && !misplaced.has(key))
    // Folders that no key uses yet: one of them is what a mismatched key was meant to be.
    const unused = known.filter((folder) => !Object.hasOwn(charts, folder))
    for (const key of unmatched) {
      const renames: FixOffer[] = unused.slice(0, MAX_RENAME_FIXES).map((folder) => ({
        fixId: 'rename-key',
        title: `Rename \`charts.${key}\` to \`charts.${folder}\``,
        // Safe only when the pairing is certain: one wrong key holding values, one chart without values.
        safe: unmatched.length === 1 && unused.length === 1 && isPlainObject(charts[key]),
        args: { from: key, to: folder },
      }))
      yield {
        file: VALUES_YAML,
        pointer: formatPointer(['charts', key]),
        message: `\`charts.${key}\` matches no chart in this pack, so its values are never used.`,
        hint: known.length > 0
          ? `Chart keys are the folder names inside the .tgz files: ${known.join(', ')}.`
          : 'Add the chart archive under charts/ and list it in pack.json, or remove this key.',
        ...(renames.length > 0 ? { fixes: renames } : {}),
      }
    }
  },
  fixes: { 'rename-key': renameChartKey },
}
