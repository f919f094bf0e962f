import { coerce, gt, valid } from 'semver'
import { DEPENDENCY_TYPES, LAYERS } from '../../../schema/packJsonSchema'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, byMode, constraintEntries, pointerTo, show } from './packJsonSupport'
import { isPlainObject } from '../../../data/isPlainObject'

/** A bound as a comparable version: "1.27" counts as 1.27.0 (spec 6.1). Undefined when it cannot be read. */
function boundVersion(bound: string): string | undefined {
  return valid(bound) ?? coerce(bound, { includePrerelease: true })?.version ?? undefined
}

function* checkDependency(context: LintContext, dependency: unknown, index: number): Iterable<FindingDraft> {
  const at = (...rest: string[]): string => pointerTo('constraints', 'dependencies', index, ...rest)
  if (!isPlainObject(dependency)) {
    yield { file: PACK_JSON_FILE, pointer: at(), message: `Each dependency must be an object, not ${show(dependency)}.` }
    return
  }
  const packName = dependency['packName']
  if (typeof packName !== 'string' || packName.trim() === '') {
    yield { file: PACK_JSON_FILE, pointer: at(...(packName === undefined ? [] : ['packName'])), message: 'This dependency does not name the other pack ("packName").' }
  }
  const layer = dependency['layer']
  if (layer === undefined) {
    yield { file: PACK_JSON_FILE, pointer: at(), severity: byMode(context, 'error', 'warning'), message: 'This dependency has no "layer".', hint: `Set the other pack's layer: ${LAYERS.join(', ')}.` }
  } else if (typeof layer !== 'string' || !LAYERS.includes(layer)) {
    yield { file: PACK_JSON_FILE, pointer: at('layer'), message: `The dependency layer ${show(layer)} is not a Palette layer.`, hint: `Use one of: ${LAYERS.join(', ')}.` }
  }
  const type = dependency['type']
  if (type === undefined) {
    yield { file: PACK_JSON_FILE, pointer: at(), severity: byMode(context, 'error', 'warning'), message: 'This dependency has no "type".', hint: `Set "type" to one of: ${DEPENDENCY_TYPES.join(', ')}.` }
  } else if (typeof type !== 'string' || !DEPENDENCY_TYPES.includes(type)) {
    yield { file: PACK_JSON_FILE, pointer: at('type'), message: `The dependency type ${show(type)} is not known.`, hint: `Use one of: ${DEPENDENCY_TYPES.join(', ')}.` }
  }
  const bounds: Partial<Record<'minVersion' | 'maxVersion', string>> = {}
  for (const key of ['minVersion', 'maxVersion'] as const) {
    const bound = dependency[key]
    if (bound === undefined) continue
    if (typeof bound !== 'string') {
      yield { file: PACK_JSON_FILE, pointer: at(key), message: `"${key}" must be a string, not ${show(bound)}.`, hint: `Write it in quotes: ${JSON.stringify(show(bound))}.` }
      continue
    }
    // An empty string means "no bound" (spec 6.1).
    if (bound.trim() === '') continue
    const version = boundVersion(bound)
    if (version === undefined) {
      yield { file: PACK_JSON_FILE, pointer: at(key), severity: 'warning', message: `"${key}" "${bound}" is not a version the builder can compare.`, hint: 'Write a version such as "1.27" or "1.27.3".' }
    } else {
      bounds[key] = version
    }
  }
  if (bounds.minVersion !== undefined && bounds.maxVersion !== undefined && gt(bounds.minVersion, bounds.maxVersion)) {
    yield {
      file: PACK_JSON_FILE,
      pointer: at('minVersion'),
      message: `"minVersion" ${show(dependency['minVersion'])} is above "maxVersion" ${show(dependency['maxVersion'])}, so no version can satisfy this dependency.`,
      hint: 'Swap the bounds, or leave one of them empty.',
    }
  }
}

/** R29: each dependency names a pack, a layer and a type; bounds are strings and min is not above max. */
export const dependenciesRule: Rule = {
  id: 'pack-json/dependencies',
  severity: 'error',
  description: 'constraints.dependencies entries have packName, layer and type, and consistent version bounds.',
  spec: 'R29',
  *check(context: LintContext): Iterable<FindingDraft> {
    for (const { entry, index } of constraintEntries(context, 'dependencies')) yield* checkDependency(context, entry, index)
  },
}
