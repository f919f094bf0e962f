import type { FindingDraft, LintContext, Rule } from '../../types'
import { dropAllCloud, keepOnlyAllClouds } from '../../fixes/packJsonFixes'
import { PACK_JSON_FILE, pointerTo } from './packJsonSupport'

/** R4: "all" already means every cloud; listing clouds beside it says two things at once. */
export const cloudTypesAllExclusiveRule: Rule = {
  id: 'pack-json/cloud-types-all-exclusive',
  severity: 'warning',
  description: 'cloudTypes is either ["all"] or a list of specific clouds, not both.',
  spec: 'R4',
  *check(context: LintContext): Iterable<FindingDraft> {
    const cloudTypes = context.packJsonObject?.['cloudTypes']
    if (!Array.isArray(cloudTypes) || cloudTypes.length < 2) return
    const index = cloudTypes.indexOf('all')
    if (index === -1) return
    const others = cloudTypes.filter((cloud) => cloud !== 'all').map(String)
    yield {
      file: PACK_JSON_FILE,
      pointer: pointerTo('cloudTypes', index),
      message: `cloudTypes lists "all" together with ${others.map((cloud) => `"${cloud}"`).join(', ')}; "all" already covers every cloud.`,
      hint: 'Keep only "all", or remove it and list the clouds the pack supports.',
      fixes: [
        // Keeping "all" keeps what the list already means; dropping it narrows the pack's clouds.
        { fixId: 'keep-all', title: 'Keep only "all" in cloudTypes', safe: true, args: {} },
        { fixId: 'drop-all', title: `Remove "all" and keep ${others.map((cloud) => `"${cloud}"`).join(', ')}`, safe: false, args: {} },
      ],
    }
  },
  fixes: { 'keep-all': keepOnlyAllClouds, 'drop-all': dropAllCloud },
}
