import { OS_ANNOTATION_SETS, isOsPackCloud } from '../../../schema/packJsonSchema'
import type { OsPackCloud } from '../../../schema/packJsonSchema'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, byMode, pointerTo, show } from './packJsonSupport'
import { isPlainObject } from '../../../data/isPlainObject'

function* checkAnnotations(context: LintContext, cloud: OsPackCloud, annotations: unknown): Iterable<FindingDraft> {
  const present = isPlainObject(annotations) ? annotations : {}
  const severity = byMode(context, 'error', 'warning')
  for (const spec of OS_ANNOTATION_SETS[cloud]) {
    if (!spec.required) continue
    const value = present[spec.key]
    // A present non-string value is pack-json/annotations' business (and skipK8sInstall's check below).
    if (value !== undefined && !(typeof value === 'string' && value.trim() === '')) continue
    // An empty value points at its own key, so the form focuses the very field to fill in.
    yield value === undefined
      ? {
          file: PACK_JSON_FILE,
          pointer: pointerTo(...(isPlainObject(annotations) ? ['annotations'] : [])),
          severity,
          message: `This ${cloud} OS pack has no "${spec.key}" annotation (${spec.title.toLowerCase()}).`,
          hint: `Add "annotations": { "${spec.key}": "${spec.example}" } with your own value.`,
        }
      : {
          file: PACK_JSON_FILE,
          pointer: pointerTo('annotations', spec.key),
          severity,
          message: `The "${spec.key}" annotation (${spec.title.toLowerCase()}) of this ${cloud} OS pack is empty.`,
          hint: `Fill it in, for example "${spec.example}".`,
        }
  }
  const skip = present['skipK8sInstall']
  if (skip !== undefined && skip !== 'true' && skip !== 'false') {
    yield {
      file: PACK_JSON_FILE,
      pointer: pointerTo('annotations', 'skipK8sInstall'),
      severity,
      message: `"skipK8sInstall" is ${show(skip)}; it must be the string "true" or "false".`,
      hint: '"true" when the image already has Kubernetes, "false" to let Palette install it.',
    }
  }
}

/** R34: an OS pack targets exactly one cloud and carries that cloud's image annotations (spec section 5). */
export const osPackRule: Rule = {
  id: 'pack-json/os-pack',
  severity: 'error',
  description: 'An OS pack names exactly one cloud and carries that cloud\'s annotation set, with skipK8sInstall "true" or "false".',
  spec: 'R34',
  *check(context: LintContext): Iterable<FindingDraft> {
    const packJson = context.packJsonObject
    if (!packJson || packJson['layer'] !== 'os') return
    const cloudTypes = packJson['cloudTypes']
    // A missing or malformed list is pack-json/cloud-types' business.
    if (!Array.isArray(cloudTypes) || cloudTypes.length === 0) return
    if (cloudTypes.length !== 1) {
      yield {
        file: PACK_JSON_FILE,
        pointer: pointerTo('cloudTypes'),
        severity: byMode(context, 'error', 'warning'),
        message: `An OS pack is built for one cloud, but "cloudTypes" lists ${cloudTypes.length}.`,
        hint: 'Make one OS pack per cloud.',
      }
      return
    }
    const cloud: unknown = cloudTypes[0]
    if (typeof cloud !== 'string' || !isOsPackCloud(cloud)) {
      yield {
        file: PACK_JSON_FILE,
        pointer: pointerTo('cloudTypes', 0),
        severity: 'warning',
        message: `The builder knows OS pack settings for aws, azure and vsphere only, not ${show(cloud)}; check the annotations by hand.`,
      }
      return
    }
    yield* checkAnnotations(context, cloud, packJson['annotations'])
  },
}
