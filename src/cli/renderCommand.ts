import { mkdir, appendFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import { PackReadError } from '../core'
import { renderPack } from '../core/render/renderPack'
import type { PackRenderOptions } from '../core/render/renderPack'
import type { RenderedDocument } from '../core/render/renderTypes'
import { SetValueError } from '../core/render/setValues'
import { readPackSource } from './readPackSource'
import { createWorkerRenderEngine } from './renderEngineNode'
import { CliUsageError } from './usage'
import type { CliIo, CommandArgs } from './usage'
import { countBySeverity, formatFindingLine } from './validateReport'

export const DEFAULT_RENDER_TIMEOUT_SECONDS = 60

/** The render options shared by `render` and `validate`, from the command line. */
export function renderOptionsFromArgs(args: CommandArgs): PackRenderOptions {
  const kubeVersion = args.kubeVersion
  if (kubeVersion !== undefined && !/^v?\d+\.\d+(\.\d+)?$/.test(kubeVersion)) throw new CliUsageError(`--kube-version must look like v1.30.0, not '${kubeVersion}'`)
  return {
    ...(kubeVersion !== undefined ? { kubeVersion: kubeVersion.startsWith('v') ? kubeVersion : `v${kubeVersion}` } : {}),
    set: args.set,
  }
}

/** Milliseconds each chart may take, from `--timeout SECONDS`. */
export function renderTimeoutMs(args: CommandArgs): number {
  if (args.timeout === undefined) return DEFAULT_RENDER_TIMEOUT_SECONDS * 1000
  const seconds = Number(args.timeout)
  if (!Number.isFinite(seconds) || seconds <= 0) throw new CliUsageError(`--timeout must be a number of seconds, not '${args.timeout}'`)
  return seconds * 1000
}

/** `helm template`'s text: `---`, a `# Source:` header, the document. */
export function formatDocument(document: RenderedDocument): string {
  return `---\n# Source: ${document.template}\n${document.text}\n`
}

/** `pack-builder render <pack> [-o DIR] [--kube-version V] [--set path=value]...` */
export async function runRender(args: CommandArgs, io: CliIo): Promise<number> {
  const [source, ...extra] = args.positionals
  if (source === undefined || extra.length > 0) throw new CliUsageError('render needs exactly one pack path')
  const options = renderOptionsFromArgs(args)
  const engine = createWorkerRenderEngine(renderTimeoutMs(args))
  try {
    const pack = await readPackSource(source)
    const result = await renderPack(pack, engine, options)
    if (args.output === undefined) {
      if (result.documents.length > 0) io.out(result.documents.map(formatDocument).join('').replace(/\n$/, ''))
    } else {
      await writeDocuments(resolve(args.output), result.documents)
      io.err(`pack-builder: wrote ${result.documents.length} documents to ${args.output}`)
    }
    for (const finding of result.findings) io.err(formatFindingLine(source, finding))
    return countBySeverity(result.findings).errors > 0 ? 1 : 0
  } catch (error) {
    if (error instanceof PackReadError) {
      io.err(`${source}: cannot be read: ${error.message}`)
      return 2
    }
    if (error instanceof SetValueError) throw new CliUsageError(error.message)
    throw error
  } finally {
    await engine.close()
  }
}

/** Like `helm template --output-dir`: one file per template, its documents appended in order. */
async function writeDocuments(root: string, documents: readonly RenderedDocument[]): Promise<void> {
  const written = new Set<string>()
  for (const document of documents) {
    const target = resolve(join(root, document.template))
    if (!target.startsWith(root + sep)) continue
    if (!written.has(target)) {
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, formatDocument(document))
      written.add(target)
    } else {
      await appendFile(target, formatDocument(document))
    }
  }
}
