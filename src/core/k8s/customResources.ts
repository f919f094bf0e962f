import { Validator } from '@cfworker/json-schema'
import type { Schema } from '@cfworker/json-schema'
import { leafSchemaErrors, schemaErrorMessage } from './jsonSchemaErrors'
import { parsePointer } from '../text/jsonPointer'
import { keepsUnknownFields, openApiToJsonSchema } from './openApiToJsonSchema'
import { isRecord } from './parsedDocument'
import type { DocumentProblem } from './renderedFinding'
import { typedPath } from './schemaErrors'
import { DEPRECATED_API_RULE_ID } from './deprecatedApis'
import { SCHEMA_RULE_ID } from './kindSchemaCheck'
import { UNKNOWN_FIELD_RULE_ID } from './unknownFields'

/** One served version of a custom resource, as a CRD the pack ships defines it. */
export interface CustomResourceVersion {
  /** The raw `openAPIV3Schema` (kept for the unknown-field walk); undefined when the CRD has none. */
  readonly openApiSchema: Record<string, unknown> | undefined
  /** Built on first use: a large CRD's schema costs time to prepare, and most CRDs have no resource in the pack. */
  validator(): Validator | undefined
  readonly deprecationWarning: string | undefined
  /** Where the CRD came from, for messages (`charts/x.tgz: x/crds/crd.yaml`). */
  readonly definedIn: string
}

/** apiVersion/kind -> the version's schema, from every CRD the pack's charts and manifests ship. */
export type CustomResourceIndex = ReadonlyMap<string, CustomResourceVersion>

/**
 * Adds a CustomResourceDefinition (apiextensions v1, or the v1beta1 shape with `spec.validation`
 * and `spec.version`) to the index. Anything that is not a CRD is ignored.
 */
export function addCustomResourceDefinition(index: Map<string, CustomResourceVersion>, crd: unknown, definedIn: string): void {
  if (!isRecord(crd) || crd.kind !== 'CustomResourceDefinition' || !isRecord(crd.spec)) return
  const { spec } = crd
  const group = typeof spec.group === 'string' ? spec.group : undefined
  const kind = isRecord(spec.names) && typeof spec.names.kind === 'string' ? spec.names.kind : undefined
  if (group === undefined || kind === undefined) return
  const sharedSchema = isRecord(spec.validation) ? spec.validation.openAPIV3Schema : undefined
  const versions = Array.isArray(spec.versions) ? spec.versions.filter(isRecord) : []
  if (versions.length === 0 && typeof spec.version === 'string') versions.push({ name: spec.version })
  for (const version of versions) {
    if (typeof version.name !== 'string' || version.served === false) continue
    const ownSchema = isRecord(version.schema) ? version.schema.openAPIV3Schema : undefined
    const openApiSchema = isRecord(ownSchema) ? ownSchema : isRecord(sharedSchema) ? sharedSchema : undefined
    let validator: Validator | undefined
    index.set(`${group}/${version.name}/${kind}`, {
      openApiSchema,
      validator() {
        if (validator === undefined && openApiSchema !== undefined) validator = new Validator(openApiToJsonSchema(openApiSchema) as Schema, '4', false)
        return validator
      },
      deprecationWarning: version.deprecated === true ? (typeof version.deprecationWarning === 'string' ? version.deprecationWarning : `${group}/${version.name} ${kind} is deprecated`) : undefined,
      definedIn,
    })
  }
}

/** Validates a custom resource against its CRD's schema: violations, unknown (pruned) fields, deprecation. */
export function checkCustomResource(version: CustomResourceVersion, kind: string, value: unknown): DocumentProblem[] {
  const problems: DocumentProblem[] = []
  if (version.deprecationWarning !== undefined) {
    problems.push({ ruleId: DEPRECATED_API_RULE_ID, severity: 'warning', path: ['apiVersion'], message: `${version.deprecationWarning} (CRD in ${version.definedIn}).`, hint: 'Use a version the CRD does not mark deprecated.' })
  }
  const validator = version.validator()
  if (validator !== undefined) {
    for (const unit of leafSchemaErrors(validator.validate(value).errors)) {
      const path = typedPath(parsePointer(unit.instanceLocation.replace(/^#/, '')), value)
      problems.push({ ruleId: SCHEMA_RULE_ID, severity: 'error', path, message: `${schemaErrorMessage(unit)} (${kind} schema from the CRD in ${version.definedIn}).`, hint: 'Fix the value in the chart values or the manifest that produce it; the API server rejects the resource as it is.' })
    }
  }
  if (version.openApiSchema !== undefined && isRecord(value)) {
    // The API server handles metadata itself; only the resource's own fields are pruned by the schema.
    const body = Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'metadata' && key !== 'apiVersion' && key !== 'kind'))
    walkUnknown(version.openApiSchema, body, [], problems, kind)
  }
  return problems
}

function walkUnknown(schema: Record<string, unknown>, value: unknown, path: (string | number)[], problems: DocumentProblem[], kind: string): void {
  if (Array.isArray(value)) {
    if (isRecord(schema.items)) {
      const items = schema.items
      value.forEach((item, index) => { walkUnknown(items, item, [...path, index], problems, kind) })
    }
    return
  }
  if (!isRecord(value)) return
  const properties = isRecord(schema.properties) ? schema.properties : {}
  for (const [key, child] of Object.entries(value)) {
    const childSchema = properties[key]
    if (isRecord(childSchema)) walkUnknown(childSchema, child, [...path, key], problems, kind)
    else if (!keepsUnknownFields(schema)) {
      problems.push({ ruleId: UNKNOWN_FIELD_RULE_ID, severity: 'warning', path: [...path, key], message: `${kind} has no field \`${key}\` here; the API server drops it.`, hint: 'Check the spelling and the indentation against the CRD.' })
    }
  }
}
