// TEMPORARY adapter: the agreed core names that have not been merged into main yet.
// Delete this file, and import from '../core' instead, once the packjson and archive branches land.
import { applyEdits, modify } from 'jsonc-parser'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { createPack, filesUnder, parseJsonView, readTextFile, setTextFile } from '../core'
import type { Pack } from '../core'

/** pack.json layers. */
export const LAYERS = ['kernel', 'os', 'k8s', 'cni', 'csi', 'addon'] as const
/** Allowed cloudTypes. */
export const CLOUD_TYPES = ['all', 'aws', 'azure', 'gcp', 'vsphere', 'openstack', 'baremetal', 'maas', 'aks', 'eks', 'tke', 'edge', 'libvirt', 'edge-native', 'coxedge'] as const
/** Allowed addonType values. */
export const ADDON_TYPES = ['logging', 'monitoring', 'load balancer', 'authentication', 'ingress', 'security', 'ai', 'app services', 'network', 'storage', 'registry', 'servicemesh', 'system app'] as const

/** One OS pack annotation. */
export interface OsAnnotation {
  readonly key: string
  readonly example: string
  readonly required: boolean
}

/** The annotation set of an OS pack, per cloud. */
export const OS_ANNOTATION_SETS: Readonly<Record<'aws' | 'azure' | 'vsphere', readonly OsAnnotation[]>> = {
  aws: [
    { key: 'cloudRegion', example: 'us-east-1', required: false },
    { key: 'imageId', example: 'ami-071f6fc516c53fca1', required: true },
    { key: 'imageOwner', example: '421085264799', required: false },
    { key: 'osName', example: 'centos', required: true },
    { key: 'os_spectro_version', example: '0', required: false },
    { key: 'sshUsername', example: 'centos', required: true },
    { key: 'skipK8sInstall', example: 'false', required: true },
  ],
  azure: [
    { key: 'imageOffer', example: 'CentOS', required: true },
    { key: 'imagePublisher', example: 'OpenLogic', required: true },
    { key: 'imageSKU', example: '7.7', required: true },
    { key: 'osName', example: 'centos', required: true },
    { key: 'os_spectro_version', example: '0', required: false },
    { key: 'sshUsername', example: 'centos', required: true },
    { key: 'skipK8sInstall', example: 'true', required: true },
  ],
  vsphere: [
    { key: 'folder', example: 'spectro-templates', required: false },
    { key: 'imageId', example: '/Datacenter/vm/spectro-templates/base-images/centos-7', required: true },
    { key: 'osName', example: 'centos', required: true },
    { key: 'os_spectro_version', example: '0', required: false },
    { key: 'sshUsername', example: 'root', required: true },
    { key: 'skipK8sInstall', example: 'false', required: true },
  ],
}

const LAYER_ENUM = [...LAYERS]
/** JSON Schema of pack.json for authors (spec section 2.5). */
export const PACK_JSON_AUTHOR_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  title: 'pack.json',
  required: ['name', 'displayName', 'version', 'layer', 'cloudTypes'],
  properties: {
    name: { type: 'string', minLength: 1, title: 'Name', description: 'Pack id; the OCI repository name. Lower-case letters, digits, dots, dashes.' },
    displayName: { type: 'string', minLength: 1, title: 'Display name', description: 'Label shown in Palette.' },
    version: { type: 'string', minLength: 1, title: 'Version', description: 'Semantic version without a leading v, e.g. 1.0.0; the OCI tag.' },
    layer: { type: 'string', enum: LAYER_ENUM, title: 'Layer', description: 'Custom packs are nearly always addon.' },
    addonType: { type: 'string', enum: [...ADDON_TYPES], title: 'Add-on type', description: 'Required for the addon layer.' },
    addonSubType: { type: 'string', title: 'Add-on sub-type' },
    cloudTypes: { type: 'array', minItems: 1, uniqueItems: true, title: 'Cloud types', items: { type: 'string', enum: [...CLOUD_TYPES] } },
    group: { type: 'string', title: 'Group' },
    eol: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', title: 'End of life', description: 'yyyy-MM-dd' },
    annotations: { type: 'object', title: 'Annotations', additionalProperties: { type: 'string' } },
    kubeManifests: { type: 'array', title: 'Manifests', items: { type: 'string' } },
    charts: { type: 'array', title: 'Charts', items: { type: 'string' } },
    constraints: {
      type: 'object',
      title: 'Constraints',
      properties: {
        dependencies: {
          type: 'array', title: 'Dependencies',
          items: {
            type: 'object', required: ['packName', 'layer', 'type'],
            properties: {
              packName: { type: 'string', minLength: 1, title: 'Pack name' },
              layer: { type: 'string', enum: LAYER_ENUM, title: 'Layer' },
              type: { type: 'string', enum: ['required', 'optional', 'notSupported', 'upgrade'], title: 'Type' },
              minVersion: { type: 'string', title: 'Min version' },
              maxVersion: { type: 'string', title: 'Max version' },
            },
          },
        },
        resources: {
          type: 'array', title: 'Resources',
          items: {
            type: 'object', required: ['type'],
            properties: {
              type: { type: 'string', enum: ['cpu', 'memory', 'diskSize'], title: 'Type' },
              minLimit: { type: 'number', title: 'Minimum limit' },
              components: {
                type: 'array', title: 'Components',
                items: {
                  type: 'object', required: ['scheduleType'],
                  properties: {
                    scheduleType: { type: 'string', enum: ['all', 'master', 'worker'], title: 'Schedule type' },
                    resourceRequestParamRef: { type: 'string', title: 'Resource request param ref' },
                    replicaCountParamRef: { type: 'string', title: 'Replica count param ref' },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  allOf: [{ if: { properties: { layer: { const: 'addon' } } }, then: { required: ['addonType'] } }],
} as const

/** Writes the top-level keys of `next` into pack.json text, keeping formatting and unknown keys. */
export function applyPackJsonObject(text: string, next: Readonly<Record<string, unknown>>): string {
  const current = parseJsonView(strToU8(text)).value
  const old = typeof current === 'object' && current !== null ? (current as Record<string, unknown>) : {}
  let result = text
  const keys = new Set([...Object.keys(old), ...Object.keys(next)])
  for (const key of keys) {
    const value = next[key]
    if (JSON.stringify(old[key]) === JSON.stringify(value)) continue
    result = applyEdits(result, modify(result, [key], value, { formattingOptions: { insertSpaces: true, tabSize: 2 } }))
  }
  return result
}

/** Keeps pack.json kubeManifests and charts equal to the files in the pack. */
export function syncPackJsonFileLists(pack: Pack): Pack {
  const text = readTextFile(pack, 'pack.json')
  if (text === undefined) return pack
  const value = parseJsonView(strToU8(text)).value
  if (typeof value !== 'object' || value === null) return pack
  const object = value as Record<string, unknown>
  const manifests = filesUnder(pack, 'manifests/').filter((path) => /\.ya?ml$/.test(path))
  const charts = filesUnder(pack, 'charts/').filter((path) => path.endsWith('.tgz'))
  const next = { ...object }
  if (manifests.length > 0 || 'kubeManifests' in object) next.kubeManifests = manifests
  if (charts.length > 0 || 'charts' in object) next.charts = charts
  return setTextFile(pack, 'pack.json', applyPackJsonObject(text, next))
}

/** The files of a new pack. */
export function starterPackFiles(kind: 'manifest' | 'chart' | 'os'): Record<string, string> {
  const base = { name: 'my-pack', displayName: 'My Pack', version: '1.0.0' }
  if (kind === 'os') {
    return {
      'pack.json': JSON.stringify({ ...base, layer: 'os', cloudTypes: ['aws'], kubeManifests: [] }, null, 2) + '\n',
      'values.yaml': '',
      'README.md': '# My Pack\n',
    }
  }
  const pack = kind === 'manifest'
    ? { ...base, layer: 'addon', addonType: 'app services', cloudTypes: ['all'], kubeManifests: ['manifests/my-pack.yaml'] }
    : { ...base, layer: 'addon', addonType: 'app services', cloudTypes: ['all'], charts: [] }
  const files: Record<string, string> = {
    'pack.json': JSON.stringify(pack, null, 2) + '\n',
    'values.yaml': 'pack:\n  namespace: "my-pack"\n' + (kind === 'manifest' ? 'manifests:\n  my-pack: {}\n' : 'charts: {}\n'),
    'README.md': '# My Pack\n',
  }
  if (kind === 'manifest') files['manifests/my-pack.yaml'] = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: my-pack\ndata: {}\n'
  return files
}

/** `<name>-<version>` of the pack. */
export function archiveBaseName(pack: Pack): string {
  const text = readTextFile(pack, 'pack.json') ?? ''
  const value = parseJsonView(strToU8(text)).value as Record<string, unknown> | undefined
  const name = typeof value?.name === 'string' ? value.name : 'pack'
  const version = typeof value?.version === 'string' ? value.version : '0.0.0'
  return `${name}-${version}`
}

/** Zip with one top folder. */
export function writePackZip(pack: Pack): Promise<Uint8Array> {
  const top = archiveBaseName(pack)
  const entries: Record<string, Uint8Array> = {}
  for (const [path, bytes] of pack.files) entries[`${top}/${path}`] = bytes
  return Promise.resolve(zipSync(entries))
}

/** Not available until the archive branch lands. */
export function writePackTarGz(pack: Pack): Promise<Uint8Array> {
  return Promise.reject(new Error(`the tar.gz writer is not merged yet (${pack.folderName})`))
}

/** An archive that could not be read. */
export class PackReadError extends Error {
  readonly file: string
  constructor(file: string, message: string) {
    super(message)
    this.file = file
  }
}

/** Reads a zip with one top folder. */
export function readPackArchive(bytes: Uint8Array, fileName: string): Promise<Pack> {
  if (!fileName.endsWith('.zip')) return Promise.reject(new PackReadError(fileName, 'only .zip can be read for now'))
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes)
  } catch (error) {
    return Promise.reject(new PackReadError(fileName, `not a zip archive (${String(error)})`))
  }
  const paths = Object.keys(entries).filter((path) => !path.endsWith('/'))
  const top = paths[0]?.split('/')[0] ?? 'pack'
  return Promise.resolve(createPack(top, paths.map((path) => [path.slice(top.length + 1), entries[path] ?? new Uint8Array()] as const)))
}
