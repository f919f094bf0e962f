import { encodeBase64 } from './base64'
import type { RenderEngine } from './engineApi'
import type { HelmMap, HelmValue } from './helmYaml'
import { isHelmMap } from './helmYaml'

/**
 * Sample values for Palette's macros (`{{ .spectro.system.cluster.name }}`, `.spectro.pack.*`,
 * `.spectro.var.*`), which Palette fills in when it deploys. Rendered output is for checking, so
 * plausible samples do; callers (the UI) let users change them.
 */
export const DEFAULT_MACRO_SAMPLES: HelmMap = {
  system: {
    cluster: { name: 'sample-cluster', uid: '0123456789abcdef01234567', kubevip: '10.10.10.10', namespace: 'cluster-0123456789abcdef01234567' },
    kubernetes: { version: '1.30.0' },
    project: { name: 'Default', uid: '0123456789abcdef01234568' },
    cloud: { type: 'edge-native' },
  },
  pack: {},
  var: {},
}

/** The `.Spectro` scope two corpus manifests read (`.Spectro.cluster`, `.Spectro.apiServer`). */
export const DEFAULT_SPECTRO_SCOPE: HelmMap = {
  cluster: 'sample-cluster',
  apiServer: 'https://sample-cluster.example.com:6443',
}

// One template action that reads `.spectro.`: `{{ .spectro.system.cluster.name }}`, with pipes.
const MACRO_ACTION = /\{\{-?[^{}]*?\.spectro\.[^{}]*?-?\}\}/g
const SIMPLE_MACRO = /^\{\{-?\s*\.spectro\.([A-Za-z0-9_.-]+)\s*-?\}\}$/

/** The macro actions in a text, each once. */
export function findMacros(text: string): string[] {
  return [...new Set(text.match(MACRO_ACTION) ?? [])]
}

function lookup(samples: HelmMap, path: string): HelmValue | undefined {
  let value: HelmValue | undefined = samples
  for (const key of path.split('.')) {
    if (!isHelmMap(value)) return undefined
    value = value[key]
  }
  return value
}

function scalarText(value: HelmValue | undefined): string {
  if (value === undefined || value === null) return ''
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/**
 * Replaces Palette's macros in a values text with the samples, as Palette substitutes them in the
 * text before it is read as YAML. A plain path is looked up; a pipeline (`| substr 0 4`) runs in
 * the template engine. A macro with no sample becomes empty, as Go's templates print a missing key.
 */
export async function replaceMacros(text: string, samples: HelmMap, engine: RenderEngine): Promise<string> {
  const macros = findMacros(text)
  if (macros.length === 0) return text
  const results = new Map<string, string>()
  const pipelines: string[] = []
  for (const macro of macros) {
    const simple = SIMPLE_MACRO.exec(macro)
    if (simple !== null) results.set(macro, scalarText(lookup(samples, simple[1] ?? '')))
    else pipelines.push(macro)
  }
  if (pipelines.length > 0) {
    const response = await engine.render({
      chart: {
        name: 'macros',
        chartYaml: 'apiVersion: v2\nname: macros\nversion: 0.0.0\n',
        templates: pipelines.map((macro, index) => ({ name: `templates/m${index}`, data: encodeBase64(new TextEncoder().encode(macro.split('.spectro.').join('.Values.spectro.'))) })),
        files: [],
        dependencies: [],
      },
      values: { spectro: samples },
      release: { name: 'macros', namespace: 'default', revision: 1, isUpgrade: false },
      kubeVersion: 'v1.30.0',
      apiVersions: [],
    })
    pipelines.forEach((macro, index) => results.set(macro, response.ok ? (response.rendered.get(`macros/templates/m${index}`) ?? '') : ''))
  }
  return text.replace(MACRO_ACTION, (macro) => results.get(macro) ?? macro)
}
