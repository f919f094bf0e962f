// Temporary adapter until the core's schemas are merged into main: the agreed names with small
// stand-in schemas. Delete this file and import from '../core' once VALUES_SCHEMA and
// PACK_JSON_AUTHOR_SCHEMA are exported there.
import type { JSONSchema } from 'monaco-yaml'

/** Stand-in for the core's values.yaml schema. */
export const VALUES_SCHEMA: JSONSchema = {
  type: 'object',
  properties: {
    pack: {
      type: 'object',
      properties: {
        namespace: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' },
        'spectrocloud.com/install-priority': { type: 'string', pattern: '^-?[0-9]+$' },
      },
    },
  },
}

/** Stand-in for the core's pack.json author schema. */
export const PACK_JSON_AUTHOR_SCHEMA: JSONSchema = {
  type: 'object',
  required: ['name', 'displayName', 'version', 'layer'],
  properties: {
    name: { type: 'string', minLength: 1 },
    displayName: { type: 'string', minLength: 1 },
    version: { type: 'string', minLength: 1 },
    layer: { enum: ['kernel', 'os', 'k8s', 'cni', 'csi', 'addon'] },
  },
}
