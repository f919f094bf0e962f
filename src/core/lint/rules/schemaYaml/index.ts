import type { Rule } from '../../types'

/** The schemaYaml rules, in the order they run. */
export const SCHEMA_YAML_RULES: readonly Rule[] = []
