import { parsePointer } from '../text/jsonPointer'
import type { SchemaValidationError } from './kindValidatorTypes'

/** One schema violation, at a value path, in words. */
export interface SchemaViolation {
  readonly path: readonly (string | number)[]
  readonly message: string
}

/**
 * Turns AJV errors into one message per value: the `anyOf`/`oneOf` wrappers and errors a deeper
 * error already explains are dropped, so a wrong `imagePullPolicy` gives one line, not five.
 */
export function describeAjvErrors(errors: readonly SchemaValidationError[], value: unknown): SchemaViolation[] {
  const meaningful = errors.filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf' && error.keyword !== 'if')
  const seen = new Set<string>()
  const violations: SchemaViolation[] = []
  for (const error of meaningful) {
    const segments = parsePointer(error.instancePath)
    const missing = error.keyword === 'required' ? error.params.missingProperty : undefined
    const key = `${error.instancePath}\u0000${error.keyword}\u0000${typeof missing === 'string' ? missing : ''}`
    if (seen.has(key)) continue
    seen.add(key)
    violations.push({ path: typedPath(segments, value), message: ajvMessage(error) })
  }
  return violations
}

/** Path segments with array indexes as numbers, following the value (so `0` under an array is an index). */
export function typedPath(segments: readonly string[], value: unknown): (string | number)[] {
  const path: (string | number)[] = []
  let current: unknown = value
  for (const segment of segments) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) {
      path.push(Number(segment))
      current = current[Number(segment)]
    } else {
      path.push(segment)
      current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[segment] : undefined
    }
  }
  return path
}

function list(value: unknown): string {
  return Array.isArray(value) ? value.map((item) => JSON.stringify(item)).join(', ') : JSON.stringify(value)
}

function ajvMessage(error: SchemaValidationError): string {
  const { params } = error
  switch (error.keyword) {
    case 'type':
      return `must be of type ${Array.isArray(params.type) ? params.type.join(' or ') : String(params.type)}`
    case 'enum':
      return `must be one of ${list(params.allowedValues)}`
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`
    case 'required':
      return `is missing the required field \`${String(params.missingProperty)}\``
    case 'format':
      return `must be a valid ${String(params.format)}`
    case 'pattern':
      return `must match the pattern ${String(params.pattern)}`
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(params.comparison)} ${String(params.limit)}`
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return `must have ${error.keyword.startsWith('min') ? 'at least' : 'at most'} ${String(params.limit)} ${error.keyword.endsWith('Length') ? 'characters' : error.keyword.endsWith('Items') ? 'items' : 'properties'}`
    case 'additionalProperties':
      return `has the unknown field \`${String(params.additionalProperty)}\``
    default:
      return error.message ?? `fails the schema's \`${error.keyword}\` check`
  }
}
