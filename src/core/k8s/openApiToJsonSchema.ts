import { isRecord } from './parsedDocument'

/**
 * Converts a CRD's `openAPIV3Schema` (OpenAPI 3.0 flavoured, with Kubernetes extensions) into a
 * JSON Schema draft 4 that @cfworker/json-schema validates as the API server would:
 * - `nullable: true` admits null (the type becomes `[type, "null"]`, an enum gains null);
 * - `x-kubernetes-int-or-string: true` admits an integer or a string;
 * - other `x-kubernetes-*` keys (CEL validations, list types, embedded resources) have no JSON
 *   Schema meaning and are left for the validator to ignore.
 */
export function openApiToJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(openApiToJsonSchema)
  if (!isRecord(schema)) return schema
  const converted: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      converted[key] = isRecord(value) ? Object.fromEntries(Object.entries(value).map(([name, child]) => [name, openApiToJsonSchema(child)])) : value
    } else if (key === 'enum' || key === 'required' || key === 'example' || key === 'default') {
      converted[key] = value
    } else if (key !== 'nullable' && !key.startsWith('x-kubernetes-')) {
      converted[key] = openApiToJsonSchema(value)
    }
  }
  if (schema['x-kubernetes-int-or-string'] === true) {
    delete converted.type
    if (converted.anyOf === undefined && converted.oneOf === undefined) converted.anyOf = [{ type: 'integer' }, { type: 'string' }]
  }
  if (schema.nullable === true) {
    if (typeof converted.type === 'string') converted.type = [converted.type, 'null']
    const values: unknown = converted.enum
    if (Array.isArray(values) && !values.includes(null)) converted.enum = [...(values as unknown[]), null]
  }
  return converted
}

/** True when an object at this schema keeps fields the schema does not name (the server does not prune them). */
export function keepsUnknownFields(schema: Record<string, unknown>): boolean {
  return (
    schema['x-kubernetes-preserve-unknown-fields'] === true ||
    schema['x-kubernetes-embedded-resource'] === true ||
    schema.additionalProperties !== undefined ||
    schema.anyOf !== undefined ||
    schema.oneOf !== undefined ||
    schema.allOf !== undefined ||
    !isRecord(schema.properties)
  )
}
