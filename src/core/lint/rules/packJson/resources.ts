import { RESOURCE_TYPES } from '../../../schema/packJsonSchema'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, constraintEntries, pointerTo, show } from './packJsonSupport'
import { isPlainObject } from '../../../data/isPlainObject'

/** Below this many millicores, a CPU minimum was probably written in cores. */
const SUSPICIOUS_CPU_MILLICORES = 10

function* checkResource(resource: unknown, index: number): Iterable<FindingDraft> {
  const at = (...rest: string[]): string => pointerTo('constraints', 'resources', index, ...rest)
  if (!isPlainObject(resource)) {
    yield { file: PACK_JSON_FILE, pointer: at(), message: `Each resource constraint must be an object, not ${show(resource)}.` }
    return
  }
  const type = resource['type']
  if (type === undefined) {
    yield { file: PACK_JSON_FILE, pointer: at(), message: 'This resource constraint has no "type".', hint: `Set "type" to one of: ${RESOURCE_TYPES.join(', ')}.` }
  } else if (typeof type !== 'string' || !RESOURCE_TYPES.includes(type)) {
    yield { file: PACK_JSON_FILE, pointer: at('type'), message: `The resource type ${show(type)} is not known.`, hint: `Use one of: ${RESOURCE_TYPES.join(', ')}.` }
  }
  if (!Object.hasOwn(resource, 'minLimit')) return
  const minLimit = resource['minLimit']
  if (typeof minLimit !== 'number' || !Number.isFinite(minLimit)) {
    const asNumber = typeof minLimit === 'string' ? Number(minLimit) : Number.NaN
    yield {
      file: PACK_JSON_FILE,
      pointer: at('minLimit'),
      message: `"minLimit" must be a number, not ${show(minLimit)}.`,
      hint: Number.isFinite(asNumber) ? `Write ${asNumber} without quotes.` : 'Write a plain number: millicores for cpu, MiB for memory, GB for diskSize.',
    }
  } else if (minLimit < 0) {
    yield { file: PACK_JSON_FILE, pointer: at('minLimit'), message: `"minLimit" ${minLimit} is negative.` }
  } else if (type === 'cpu' && minLimit > 0 && minLimit < SUSPICIOUS_CPU_MILLICORES) {
    yield {
      file: PACK_JSON_FILE,
      pointer: at('minLimit'),
      severity: 'warning',
      message: `A CPU minimum of ${minLimit} means ${minLimit} millicores, which looks like a number of cores.`,
      hint: `CPU is counted in millicores: ${minLimit} cores is ${minLimit * 1000}.`,
    }
  }
}

/** R31: resource constraints have a known type and a numeric, plausible minLimit. */
export const resourcesRule: Rule = {
  id: 'pack-json/resources',
  severity: 'error',
  description: 'constraints.resources entries have type cpu, memory or diskSize and a numeric minLimit.',
  spec: 'R31',
  *check(context: LintContext): Iterable<FindingDraft> {
    for (const { entry, index } of constraintEntries(context, 'resources')) yield* checkResource(entry, index)
  },
}
