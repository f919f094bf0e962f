import { OS_ANNOTATION_SETS } from '../schema/packJsonSchema'
import type { OsPackCloud } from '../schema/packJsonSchema'

/** What kind of pack to start from. */
export type StarterPackKind = 'manifest' | 'chart' | 'os'

/** Choices for a new pack; every field has a default. */
export interface StarterPackOptions {
  /** Pack name (also the OCI repository name and, for manifest packs, the manifest's name). */
  readonly name?: string
  readonly displayName?: string
  readonly version?: string
  /** For add-on packs; defaults to "app services". */
  readonly addonType?: string
  /** For OS packs: the one cloud the image is for; defaults to "aws". */
  readonly cloud?: OsPackCloud
}

const DEFAULT_NAMES: Readonly<Record<StarterPackKind, string>> = { manifest: 'my-app', chart: 'my-chart', os: 'my-os' }

/** The display name a new pack gets from its name: `my-app` -> `My App`. */
export function starterDisplayName(name: string): string {
  return name
    .split(/[-_.]+/)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}

/** A quoted YAML string, safe for any name. */
function yamlString(text: string): string {
  return JSON.stringify(text)
}

function starterPackJson(kind: StarterPackKind, name: string, options: StarterPackOptions): Record<string, unknown> {
  const base = { name, displayName: options.displayName ?? starterDisplayName(name), version: options.version ?? '1.0.0' }
  if (kind === 'os') {
    const cloud = options.cloud ?? 'aws'
    // Required keys start blank so the linter points at each one the author still has to fill in.
    const annotations = Object.fromEntries(OS_ANNOTATION_SETS[cloud].filter((spec) => spec.required || spec.default !== undefined).map((spec) => [spec.key, spec.default ?? '']))
    return { ...base, layer: 'os', cloudTypes: [cloud], kubeManifests: [], annotations }
  }
  const files = kind === 'manifest' ? { kubeManifests: [`manifests/${name}.yaml`] } : { charts: [] }
  return { ...base, layer: 'addon', addonType: options.addonType ?? 'app services', cloudTypes: ['all'], ...files, annotations: { source: 'community' } }
}

function packSection(name: string, kind: StarterPackKind): string[] {
  // The starter manifest runs nginx, so its image is known; a chart's images are not until one is added.
  const images = kind === 'manifest'
    ? ['    images:', `      - image: ${yamlString('docker.io/library/nginx:1.27')}`]
    : ['    # List the images of your chart here, one `- image: <reference>` each.', '    images: []']
  return [
    'pack:',
    '  # Namespace Palette installs the pack into; it is created when missing.',
    starterNamespaceLine(name),
    '  # Every image the pack pulls, so Palette can show and mirror them.',
    '  content:',
    ...images,
  ]
}

/** The first line of a new add-on pack's values.yaml. */
export function starterValuesHeader(name: string): string {
  return `# Values of the ${name} pack. Users can override them in their cluster profile.`
}

/** The `pack.namespace` line of a new add-on pack's values.yaml. */
export function starterNamespaceLine(name: string): string {
  return `  namespace: ${yamlString(name)}`
}

function starterValues(kind: StarterPackKind, name: string): string {
  if (kind === 'os') return '# OS packs need a values.yaml, which may stay empty.\n'
  const header = [starterValuesHeader(name), '']
  if (kind === 'chart') {
    return [...header, ...packSection(name, kind), '', '# Values of each chart go under charts.<chart folder name inside the .tgz>.', 'charts: {}', ''].join('\n')
  }
  return [
    ...header,
    ...packSection(name, kind),
    '',
    '# Values of each manifest go under manifests.<file name without .yaml>; the manifest reads them as {{ .Values.<key> }}.',
    'manifests:',
    `  ${name}:`,
    ...STARTER_MANIFEST_VALUES.split('\n').map((line) => `    ${line}`),
    '',
  ].join('\n')
}

/** The values `starterManifest` reads (`{{ .Values.image }}`, `.replicas`, `.port`), as YAML lines of a mapping. */
export const STARTER_MANIFEST_VALUES = [`image: ${yamlString('docker.io/library/nginx:1.27')}`, 'replicas: 1', 'port: 80'].join('\n')

/** A starter Deployment manifest whose settings come from `manifests.<name>` in values.yaml. */
export function starterManifest(name: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    '  labels:',
    `    app.kubernetes.io/name: ${name}`,
    'spec:',
    '  replicas: {{ .Values.replicas }}',
    '  selector:',
    '    matchLabels:',
    `      app.kubernetes.io/name: ${name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app.kubernetes.io/name: ${name}`,
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    '          image: "{{ .Values.image }}"',
    '          ports:',
    '            - containerPort: {{ .Values.port }}',
    '',
  ].join('\n')
}

function starterReadme(kind: StarterPackKind, displayName: string): string {
  const body: Record<StarterPackKind, string> = {
    manifest: 'This pack deploys the Kubernetes manifests in `manifests/`. Their settings are in `values.yaml` under `manifests`.',
    chart: 'This pack deploys the Helm charts in `charts/`. Their settings are in `values.yaml` under `charts`.',
    os: 'This OS pack points Palette at a prepared machine image; the image settings are the annotations in `pack.json`.',
  }
  const fillIn: Record<StarterPackKind, string> = {
    manifest: '- `manifests/`: your Kubernetes manifests; each reads its settings from `manifests.<file name>` in values.yaml.\n- `pack.content.images`: every image the manifests pull.',
    chart: '- `charts/`: your chart (`helm package` output); its defaults go under `charts.<its folder>`.\n- `pack.content.images`: every image the chart pulls.',
    os: '- The image annotations in pack.json (the image id, `osName`, `sshUsername`, `skipK8sInstall`).',
  }
  return `# ${displayName}\n\n${body[kind]}\n\n## What to fill in\n\n${fillIn[kind]}\n- \`name\`, \`displayName\` and \`version\` in pack.json, and a logo (Generate a logo, or upload one).\n\n## Usage\n\nAdd the pack to a cluster profile in Palette and review its values.\n`
}

/**
 * The files (path to text) of a new pack of the given kind: pack.json in the builder's key order,
 * values.yaml with a commented `pack:` section, a starter manifest for manifest packs, and README.md.
 * logo.png is binary and not included.
 */
export function starterPackFiles(kind: StarterPackKind, options: StarterPackOptions = {}): Record<string, string> {
  const name = options.name ?? DEFAULT_NAMES[kind]
  const packJson = starterPackJson(kind, name, options)
  const files: Record<string, string> = {
    'pack.json': JSON.stringify(packJson, null, 2) + '\n',
    'values.yaml': starterValues(kind, name),
  }
  if (kind === 'manifest') files[`manifests/${name}.yaml`] = starterManifest(name)
  files['README.md'] = starterReadme(kind, typeof packJson['displayName'] === 'string' ? packJson['displayName'] : name)
  return files
}
