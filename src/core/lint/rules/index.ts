import type { Rule } from '../types'
import { FILES_RULES } from './files'
import { MANIFESTS_RULES } from './manifests'
import { PACK_JSON_RULES } from './packJson'
import { PRESETS_RULES } from './presets'
import { SCHEMA_YAML_RULES } from './schemaYaml'
import { VALUES_RULES } from './values'

/** Every rule, explicitly listed: no registration by import side effect. */
export const ALL_RULES: readonly Rule[] = [
  ...PACK_JSON_RULES,
  ...VALUES_RULES,
  ...MANIFESTS_RULES,
  ...PRESETS_RULES,
  ...SCHEMA_YAML_RULES,
  ...FILES_RULES,
]
