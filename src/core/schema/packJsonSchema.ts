import authorSchemaJson from './packJson.author.schema.json' with { type: 'json' }
import importSchemaJson from './packJson.import.schema.json' with { type: 'json' }
import { isPlainObject } from '../data/isPlainObject'

/** A JSON Schema document as plain data; UI code may cast it to its library's schema type. */
export type JsonSchemaDocument = Readonly<Record<string, unknown>>

/** The strict pack.json profile for packs made with the builder (spec 2.5): drives the form and the editor. */
export const PACK_JSON_AUTHOR_SCHEMA: JsonSchemaDocument = authorSchemaJson

/** What Palette really accepts (the docs' official schema plus pack-central's cloud types). */
export const PACK_JSON_IMPORT_SCHEMA: JsonSchemaDocument = importSchemaJson


/** Reads `definitions.<name>.enum` of a schema; throws at load time when a schema file was broken. */
function definitionEnum(schema: JsonSchemaDocument, name: string): readonly string[] {
  const definitions = schema['definitions']
  const definition = isPlainObject(definitions) ? definitions[name] : undefined
  const values = isPlainObject(definition) ? definition['enum'] : undefined
  if (!Array.isArray(values) || !values.every((value): value is string => typeof value === 'string')) {
    throw new Error(`pack.json schema: definitions.${name}.enum is missing or not a list of strings`)
  }
  return Object.freeze([...values])
}

/** Allowed `layer` values (spec 2.2.1). */
export const LAYERS = definitionEnum(PACK_JSON_AUTHOR_SCHEMA, 'layer')
/** The 15 documented `cloudTypes` values the builder offers (spec 2.2.2). */
export const CLOUD_TYPES = definitionEnum(PACK_JSON_AUTHOR_SCHEMA, 'cloudType')
/** `cloudTypes` values Palette accepts on import: the documented ones plus pack-central's `tencent` and `custom`. */
export const IMPORT_CLOUD_TYPES = definitionEnum(PACK_JSON_IMPORT_SCHEMA, 'cloudType')
/** The 13 `addonType` values of pack-constraints.md, spelled exactly (spec 2.2.3). */
export const ADDON_TYPES = definitionEnum(PACK_JSON_AUTHOR_SCHEMA, 'addonType')
/** `constraints.dependencies[].type` values (spec 2.2.4). */
export const DEPENDENCY_TYPES = definitionEnum(PACK_JSON_AUTHOR_SCHEMA, 'dependencyType')
/** `constraints.resources[].type` values (spec 2.2.5). */
export const RESOURCE_TYPES = definitionEnum(PACK_JSON_AUTHOR_SCHEMA, 'resourceType')
/** Every accepted `scheduleType`, `control-plane` included (spec 2.2.6). */
export const SCHEDULE_TYPES = definitionEnum(PACK_JSON_AUTHOR_SCHEMA, 'scheduleType')
/** The `scheduleType` values the builder writes: `master`, never `control-plane` (Spectro's validator only knows master). */
export const EMITTED_SCHEDULE_TYPES: readonly string[] = SCHEDULE_TYPES.filter((type) => type !== 'control-plane')

/** Clouds with a documented OS pack annotation set (spec section 5). */
export type OsPackCloud = 'aws' | 'azure' | 'vsphere'

/** One annotation key of an OS pack. All values are strings. */
export interface OsAnnotationSpec {
  readonly key: string
  readonly title: string
  readonly description: string
  /** Example value from the docs; also a sensible placeholder. */
  readonly example: string
  readonly required: boolean
  /** Value a new pack starts with, when there is a safe one. */
  readonly default?: string
}

const OS_NAME: OsAnnotationSpec = { key: 'osName', title: 'OS name', description: 'Operating system id, for example centos or ubuntu.', example: 'ubuntu', required: true }
const OS_SPECTRO_VERSION: OsAnnotationSpec = { key: 'os_spectro_version', title: 'Spectro OS version', description: 'Revision of the image inside Palette; "0" for a first image.', example: '0', required: false, default: '0' }
const SKIP_K8S_INSTALL: OsAnnotationSpec = { key: 'skipK8sInstall', title: 'Kubernetes pre-installed', description: '"true" when the image already has Kubernetes; "false" lets Palette install the version chosen in the k8s layer.', example: 'false', required: true, default: 'false' }
const sshUsername = (example: string): OsAnnotationSpec => ({ key: 'sshUsername', title: 'SSH user', description: 'User Palette connects as.', example, required: true })

/** Annotation keys of an OS pack per cloud, with doc examples and which ones are required (spec section 5, R34). */
export const OS_ANNOTATION_SETS: Readonly<Record<OsPackCloud, readonly OsAnnotationSpec[]>> = {
  aws: [
    { key: 'cloudRegion', title: 'Region', description: 'AWS region the AMI lives in.', example: 'us-east-1', required: false },
    { key: 'imageId', title: 'AMI id', description: 'Id of the AMI to boot.', example: 'ami-071f6fc516c53fca1', required: true },
    { key: 'imageOwner', title: 'Image owner', description: 'AWS account id that owns the AMI.', example: '421085264799', required: false },
    OS_NAME,
    OS_SPECTRO_VERSION,
    sshUsername('centos'),
    SKIP_K8S_INSTALL,
  ],
  azure: [
    { key: 'imageOffer', title: 'Image offer', description: 'Marketplace offer of the image.', example: 'CentOS', required: true },
    { key: 'imagePublisher', title: 'Image publisher', description: 'Marketplace publisher of the image.', example: 'OpenLogic', required: true },
    { key: 'imageSKU', title: 'Image SKU', description: 'Marketplace SKU of the image.', example: '7.7', required: true },
    OS_NAME,
    OS_SPECTRO_VERSION,
    sshUsername('centos'),
    SKIP_K8S_INSTALL,
  ],
  vsphere: [
    { key: 'folder', title: 'Template folder', description: 'vCenter folder that holds the templates.', example: 'spectro-templates', required: false },
    { key: 'imageId', title: 'Template path or OVA URL', description: 'Inventory path of a local template, or the URL of a remote OVA.', example: '/Datacenter/vm/spectro-templates/base-images/ubuntu-18.04', required: true },
    OS_NAME,
    OS_SPECTRO_VERSION,
    { key: 'sshPassword', title: 'SSH password', description: 'Password for the SSH user, for a local template that needs one.', example: 'password', required: false },
    sshUsername('ubuntu'),
    SKIP_K8S_INSTALL,
  ],
}

/** True for a cloud that has a documented OS annotation set. */
export function isOsPackCloud(cloud: string): cloud is OsPackCloud {
  return Object.hasOwn(OS_ANNOTATION_SETS, cloud)
}
