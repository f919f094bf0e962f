/** The language id of Go-templated YAML (manifests): YAML highlighting, no YAML validation. */
export const YAML_TEMPLATE_LANGUAGE = 'yaml-template'
