import { SCHEDULE_TYPES } from '../../../schema/packJsonSchema'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { useMasterScheduleType } from '../../fixes/packJsonFixes'
import { PACK_JSON_FILE, constraintEntries, pointerTo, show } from './packJsonSupport'
import { isPlainObject } from '../../../data/isPlainObject'
import { resolveDottedPath } from '../../../values/dottedPath'

const PARAM_REFS = ['resourceRequestParamRef', 'replicaCountParamRef'] as const

function isQuantity(value: unknown): boolean {
  return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^\d+(\.\d+)?[a-zA-Z]*$/.test(value.trim()))
}

function* checkComponent(context: LintContext, component: unknown, at: (...rest: string[]) => string, place: { resource: number; component: number }): Iterable<FindingDraft> {
  if (!isPlainObject(component)) {
    yield { file: PACK_JSON_FILE, pointer: at(), message: `Each component must be an object, not ${show(component)}.` }
    return
  }
  const scheduleType = component['scheduleType']
  if (scheduleType === undefined) {
    yield { file: PACK_JSON_FILE, pointer: at(), message: 'This component has no "scheduleType".', hint: 'Set "scheduleType" to "all", "worker" or "master".' }
  } else if (scheduleType === 'control-plane') {
    yield {
      file: PACK_JSON_FILE,
      pointer: at('scheduleType'),
      severity: 'warning',
      message: '"control-plane" is the newer docs\' spelling; Spectro\'s own validator only knows "master".',
      hint: 'Write "master".',
      fixes: [{ fixId: 'use-master', title: 'Change scheduleType to "master"', safe: true, args: { ...place } }],
    }
  } else if (typeof scheduleType !== 'string' || !SCHEDULE_TYPES.includes(scheduleType)) {
    yield { file: PACK_JSON_FILE, pointer: at('scheduleType'), message: `The scheduleType ${show(scheduleType)} is not known.`, hint: 'Use "all", "worker" or "master".' }
  }
  // No values.yaml, or one that does not parse: its own rule says so; nothing to resolve against here.
  const values = context.values?.value
  for (const key of PARAM_REFS) {
    if (!Object.hasOwn(component, key)) continue
    const ref = component[key]
    if (typeof ref !== 'string') {
      yield { file: PACK_JSON_FILE, pointer: at(key), message: `"${key}" must be a dotted path string, not ${show(ref)}.` }
      continue
    }
    if (values === undefined) continue
    const [target] = resolveDottedPath(values, ref)
    if (target === undefined) {
      yield {
        file: PACK_JSON_FILE,
        pointer: at(key),
        severity: 'warning',
        message: `"${key}" points at "${ref}", which is not in values.yaml.`,
        hint: 'Use the full dotted path from the root of values.yaml; for chart packs it starts with "charts.<chart>.".',
      }
    } else if (!isQuantity(target)) {
      yield {
        file: PACK_JSON_FILE,
        pointer: at(key),
        severity: 'warning',
        message: `"${key}" points at "${ref}", which holds ${show(target)} rather than a number or quantity.`,
      }
    }
  }
}

/** R32: each resource component has a scheduleType, and its parameter references exist in values.yaml. */
export const resourceComponentsRule: Rule = {
  id: 'pack-json/resource-components',
  severity: 'error',
  description: 'Resource components have a scheduleType ("master", not "control-plane") and param refs that exist in values.yaml.',
  spec: 'R32',
  *check(context: LintContext): Iterable<FindingDraft> {
    for (const { entry, index } of constraintEntries(context, 'resources')) {
      if (!isPlainObject(entry) || !Object.hasOwn(entry, 'components')) continue
      const components = entry['components']
      if (!Array.isArray(components)) {
        yield { file: PACK_JSON_FILE, pointer: pointerTo('constraints', 'resources', index, 'components'), message: `"components" must be a list, not ${show(components)}.` }
        continue
      }
      for (const [position, component] of components.entries()) {
        const at = (...rest: string[]): string => pointerTo('constraints', 'resources', index, 'components', position, ...rest)
        yield* checkComponent(context, component, at, { resource: index, component: position })
      }
    }
  },
  fixes: { 'use-master': useMasterScheduleType },
}
