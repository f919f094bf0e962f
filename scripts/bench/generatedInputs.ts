import { Zip, ZipDeflate } from 'fflate'
import { encodeText } from '../../src/core'

/** A deterministic pseudo-random generator, so every run benchmarks the same bytes. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** Files of a synthetic pack of about `targetBytes`: manifests, a big values.yaml and binary charts. */
export function generatedPackFiles(targetBytes: number): [string, Uint8Array][] {
  const random = seeded(42)
  const files: [string, Uint8Array][] = [
    ['pack.json', encodeText(JSON.stringify({ name: 'big-pack', displayName: 'Big Pack', version: '1.0.0', layer: 'addon', addonType: 'system app', cloudTypes: ['all'], kubeManifests: [], charts: [] }, null, 2))],
    ['README.md', encodeText('# Big pack\n')],
  ]
  const manifestText = (index: number) =>
    Array.from({ length: 2500 }, (_, line) => `  key-${index}-${line}: "value ${Math.floor(random() * 1e9)}"`).join('\n')
  let size = 0
  for (let index = 0; size < targetBytes / 2; index++) {
    const bytes = encodeText(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${index}\ndata:\n${manifestText(index)}\n`)
    files.push([`manifests/cm-${index}.yaml`, bytes])
    size += bytes.length
  }
  for (let index = 0; size < targetBytes; index++) {
    const bytes = new Uint8Array(2 * 1024 * 1024)
    for (let offset = 0; offset < bytes.length; offset++) bytes[offset] = Math.floor(random() * 256)
    files.push([`charts/chart-${index}.tgz`, bytes])
    size += bytes.length
  }
  return files
}

/** A zip whose one entry inflates to `mebibytes` MiB of zeros (built streaming, so it stays small here). */
export function buildBombZip(mebibytes: number): Uint8Array {
  const chunks: Uint8Array[] = []
  const zip = new Zip((error, chunk) => {
    if (error) throw error
    chunks.push(chunk)
  })
  const entry = new ZipDeflate('bomb/values.yaml', { level: 9 })
  zip.add(entry)
  const zeros = new Uint8Array(1024 * 1024)
  for (let index = 0; index < mebibytes; index++) entry.push(zeros, index === mebibytes - 1)
  zip.end()
  const result = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    result.set(chunk, offset)
    offset += chunk.length
  }
  return result
}

/** A manifest of `actions` Go template actions, one `.Values` read per line, for the lint-size bench. */
export function manyActionsManifest(actions: number): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: {{ .Values.name }}', 'data:']
  for (let index = 1; index < actions; index++) lines.push(`  key-${index}: "{{ .Values.settings.key${index % 50} | default 3 }}"`)
  return lines.join('\n') + '\n'
}
