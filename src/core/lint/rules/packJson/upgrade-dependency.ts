import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, constraintEntries, pointerTo } from './packJsonSupport'
import { isPlainObject } from '../../../data/isPlainObject'

/** R30: shipped packs use `upgrade` only as a self-reference; another pack's name is most likely a mistake. */
export const upgradeDependencyRule: Rule = {
  id: 'pack-json/upgrade-dependency',
  severity: 'warning',
  description: 'An "upgrade" dependency names the pack itself.',
  spec: 'R30',
  *check(context: LintContext): Iterable<FindingDraft> {
    const ownName = context.packJsonObject?.['name']
    if (typeof ownName !== 'string') return
    for (const { entry, index } of constraintEntries(context, 'dependencies')) {
      if (!isPlainObject(entry) || entry['type'] !== 'upgrade') continue
      const packName = entry['packName']
      if (typeof packName !== 'string' || packName === ownName) continue
      yield {
        file: PACK_JSON_FILE,
        pointer: pointerTo('constraints', 'dependencies', index, 'packName'),
        message: `This "upgrade" dependency names "${packName}", not this pack ("${ownName}").`,
        hint: `The semantics of "upgrade" are undocumented; every shipped pack uses it on itself. Set "packName" to "${ownName}", or use another type.`,
      }
    }
  },
}
