import { lintPack } from '../lint/lintPack'
import type { Finding, LintMode, Rule } from '../lint/types'
import { createPack } from '../pack/pack'
import type { Pack } from '../pack/pack'
import { encodeText } from '../text/encoding'

/** File contents for a fixture: text, bytes, or a value written as pretty JSON. */
export type FixtureFiles = Readonly<Record<string, string | Uint8Array | object>>

/** A 2x2 RGBA PNG: the smallest real logo a fixture needs. */
export const TINY_PNG = Uint8Array.from(
  atobBytes('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4nGP4z8DwH4QZYAwAR8oH+WdZbrcAAAAASUVORK5CYII='),
)

function atobBytes(base64: string): number[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of base64.replace(/=+$/, '')) {
    buffer = (buffer << 6) | alphabet.indexOf(char)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
    }
  }
  return bytes
}

/** pack.json of a minimal, valid manifest add-on pack. */
export const VALID_PACK_JSON = {
  name: 'hello-app',
  displayName: 'Hello App',
  version: '1.0.0',
  layer: 'addon',
  addonType: 'app services',
  cloudTypes: ['all'],
  kubeManifests: ['manifests/hello-app.yaml'],
}

/** A minimal, valid manifest add-on pack that every rule passes in author mode. */
export const VALID_ADDON_PACK: FixtureFiles = {
  'pack.json': VALID_PACK_JSON,
  'values.yaml': [
    'pack:',
    '  namespace: "hello-app"',
    '  content:',
    '    images:',
    '      - image: ghcr.io/example/hello-app:1.0.0',
    'manifests:',
    '  hello-app:',
    '    replicas: 1',
    '',
  ].join('\n'),
  'manifests/hello-app.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: hello-app',
    'spec:',
    '  replicas: {{ .Values.replicas }}',
    '  selector:',
    '    matchLabels:',
    '      app: hello-app',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: hello-app',
    '    spec:',
    '      containers:',
    '        - name: hello-app',
    '          image: ghcr.io/example/hello-app:1.0.0',
    '',
  ].join('\n'),
  'logo.png': TINY_PNG,
  'README.md': '# Hello App\n',
}

/** Builds a pack from fixture files; objects become pretty-printed JSON. */
export function makePack(files: FixtureFiles, folderName = 'fixture'): Pack {
  return createPack(
    folderName,
    Object.entries(files).map(([path, content]) => [path, toBytes(content)] as const),
  )
}

function toBytes(content: string | Uint8Array | object): Uint8Array {
  if (typeof content === 'string') return encodeText(content)
  if (content instanceof Uint8Array) return content
  return encodeText(JSON.stringify(content, null, 2) + '\n')
}

/** Where a finding points: the part a rule's table states inline, row by row. */
export interface FindingLocation {
  readonly ruleId: string
  readonly severity: Finding['severity']
  readonly file: string
  readonly line?: number
  readonly pointer?: string
}

/** The location part of a finding. */
export function locationOf({ ruleId, severity, file, line, pointer }: Finding): FindingLocation {
  return { ruleId, severity, file, ...(line !== undefined ? { line } : {}), ...(pointer !== undefined ? { pointer } : {}) }
}

/** Runs one rule over fixture files and returns its findings whole: message, column and hint included. */
export async function lintWithRule(rule: Rule, files: FixtureFiles, mode: LintMode = 'author'): Promise<Finding[]> {
  return lintPack(makePack(files), { mode, rules: [rule] })
}

/** Fixture files with some files replaced (or removed, with `undefined`). */
export function withFiles(base: FixtureFiles, changes: Readonly<Record<string, string | Uint8Array | object | undefined>>): FixtureFiles {
  const result: Record<string, string | Uint8Array | object> = { ...base }
  for (const [path, content] of Object.entries(changes)) {
    if (content === undefined) Reflect.deleteProperty(result, path)
    else result[path] = content
  }
  return result
}
