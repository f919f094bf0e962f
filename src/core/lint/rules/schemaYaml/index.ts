import type { Rule } from '../../types'
import { schemaDefaultValue } from './default-value'
import { schemaEntryShape } from './entry-shape'
import { schemaKeyPath } from './key-path'
import { schemaYamlSyntax } from './syntax'
import { schemaTemplate } from './template'

/** The schema.yaml rules, in the order they run. */
export const SCHEMA_YAML_RULES: readonly Rule[] = [
  schemaYamlSyntax,
  schemaEntryShape,
  schemaKeyPath,
  schemaTemplate,
  schemaDefaultValue,
]
