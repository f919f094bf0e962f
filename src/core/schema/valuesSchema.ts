import valuesSchemaJson from './values.schema.json' with { type: 'json' }

/** The subset of JSON Schema draft-07 the values schema uses (enough for monaco-yaml and ajv). */
export interface JsonSchema {
  readonly $schema?: string
  readonly $id?: string
  readonly $ref?: string
  readonly title?: string
  readonly description?: string
  readonly type?: string | readonly string[]
  readonly pattern?: string
  readonly minLength?: number
  readonly maxLength?: number
  readonly required?: readonly string[]
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly additionalProperties?: boolean | JsonSchema
  readonly propertyNames?: JsonSchema
  readonly items?: JsonSchema
  readonly oneOf?: readonly JsonSchema[]
  readonly definitions?: Readonly<Record<string, JsonSchema>>
}

/**
 * JSON Schema (draft-07) of values.yaml, focused on the `pack:` section: what monaco-yaml uses for
 * completion, hover and markers. It agrees with the `pack-values/*` lint rules.
 */
export const VALUES_SCHEMA: JsonSchema = valuesSchemaJson
