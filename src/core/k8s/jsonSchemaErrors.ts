import type { OutputUnit } from '@cfworker/json-schema'

const WRAPPER_KEYWORDS = new Set(['properties', 'items', 'allOf', '$ref', 'patternProperties', 'additionalItems', 'prefixItems', 'dependentSchemas', 'if', 'then', 'else', 'contains', 'unevaluatedProperties', 'additionalProperties'])

/**
 * The @cfworker/json-schema errors that say what is wrong: without the "property does not match"
 * wrappers above a real error, and without the branch errors of a failed anyOf/oneOf (whose own
 * error already says no branch matched). A key refused by `additionalProperties: false` is
 * reported at the key itself (the `false` schema's error), not at its parent.
 */
export function leafSchemaErrors(errors: readonly OutputUnit[]): OutputUnit[] {
  const alternatives = errors.filter((unit) => unit.keyword === 'anyOf' || unit.keyword === 'oneOf').map((unit) => `${unit.keywordLocation}/`)
  return errors.filter((unit) => !WRAPPER_KEYWORDS.has(unit.keyword) && !alternatives.some((prefix) => unit.keywordLocation.startsWith(prefix)))
}

/** The error in words; the `false` schema of a refused key says so plainly. */
export function schemaErrorMessage(unit: OutputUnit): string {
  return unit.keyword === 'false' ? 'is not allowed here: the schema defines no such key.' : unit.error
}
