import { parseAllDocuments } from 'yaml'
import { MAX_ALIAS_COUNT } from '../pack/yamlView'
import { locateTooDeep } from '../text/nestingDepth'
import { findYamlTooDeep } from '../text/yamlNestingDepth'
import type { Finding } from '../lint/types'
import type { RenderedDocument } from './renderTypes'
import { INVALID_OUTPUT, renderFinding } from './renderRules'

// Helm's releaseutil.SplitManifests separator.
const DOCUMENT_SEPARATOR = /(?:^|\s*\n)---\s*/

/** Helm's SplitManifests: the trimmed, non-empty documents of one rendered template. */
export function splitManifests(text: string): string[] {
  return text
    .trim()
    .split(DOCUMENT_SEPARATOR)
    .filter((document) => document !== '')
    .map((document) => document.trim())
}

/** Whether a rendered file is one `helm template` prints (NOTES.txt and empty output are left out). */
export function isPrintedTemplate(name: string, text: string): boolean {
  return !name.endsWith('NOTES.txt') && !name.split('/').pop()?.startsWith('_') && text.trim() !== ''
}

/** Where a rendered document came from and how to name it in findings. */
export interface DocumentOrigin {
  readonly source: RenderedDocument['source']
  readonly owner: string
  /** The pack file findings point at: the chart archive or the manifest. */
  readonly file: string
}

/**
 * Splits each rendered template into documents, in template order; a document that is not valid
 * YAML is a finding (Helm refuses the whole release then) and is left out of the documents.
 */
export function collectDocuments(
  rendered: ReadonlyMap<string, string>,
  origin: DocumentOrigin,
  /** Files Helm prints as they are (a chart's crds/), without sorting out hooks. */
  verbatim: ReadonlySet<string> = new Set(),
): { documents: RenderedDocument[]; findings: Finding[] } {
  const documents: RenderedDocument[] = []
  const findings: Finding[] = []
  for (const template of [...rendered.keys()].sort()) {
    const text = rendered.get(template) ?? ''
    if (!isPrintedTemplate(template, text)) continue
    splitManifests(text).forEach((document, index) => {
      const parsed = parseHead(document)
      const problem = typeof parsed === 'string' ? parsed : undefined
      if (problem !== undefined) {
        // `helm template` prints crds/ files unread; the cluster refuses them when they are installed.
        const rule = verbatim.has(template) ? { ...INVALID_OUTPUT, severity: 'warning' as const } : INVALID_OUTPUT
        findings.push(
          renderFinding(
            rule,
            { file: origin.file },
            `${template}: document ${index + 1} of the rendered output is not valid YAML: ${problem}`,
            'Quote values that hold YAML-special text (a `{{ }}` macro, `:` or `#`) in values.yaml, or pipe them through `quote`/`toYaml` in the template.',
          ),
        )
        return
      }
      // Helm leaves out documents whose `helm.sh/hook` names an event it does not know (`crd-install`).
      if (!verbatim.has(template) && parsed !== undefined && typeof parsed !== 'string' && hasUnknownHook(parsed)) return
      documents.push({ source: origin.source, owner: origin.owner, template, index, text: document })
    })
  }
  return { documents, findings }
}

type Head = Readonly<Record<string, unknown>>

/**
 * Reads a document as Helm's SimpleHead (apiVersion, kind, metadata.name, metadata.annotations as
 * strings); returns the problem Helm would refuse it for, or the document's top mapping.
 */
function parseHead(text: string): string | Head | undefined {
  // A template can print YAML nested thousands deep; the composer would overflow the stack on it.
  const tooDeep = findYamlTooDeep(text)
  if (tooDeep !== undefined) {
    const { line, message } = locateTooDeep(text, tooDeep)
    return `line ${String(line)}: ${message}`
  }
  const [parsed] = parseAllDocuments(text, { version: '1.1', uniqueKeys: false })
  if (parsed === undefined) return undefined
  if (!('errors' in parsed)) return undefined
  if (parsed.errors.length > 0) {
    const error = parsed.errors[0]
    const where = error?.linePos?.[0] ? `line ${error.linePos[0].line}: ` : ''
    return `${where}${error?.message.split('\n')[0] ?? ''}`
  }
  let value: unknown
  try {
    value = parsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    // yaml throws a ReferenceError for excessive aliasing ("billion laughs"); anything else is a bug worth seeing.
    if (!(error instanceof ReferenceError)) throw error
    return `its aliases (*name) expand to more than ${String(MAX_ALIAS_COUNT)} copies, which looks like a "billion laughs" attack; Helm refuses such a document too`
  }
  if (value === null || value === undefined) return undefined
  if (!isObject(value)) return `the document is ${Array.isArray(value) ? 'a list' : `the ${typeof value} ${JSON.stringify(value)}`}, not a Kubernetes object`
  for (const key of ['apiVersion', 'kind']) if (!isStringOrNull(value[key])) return `${key} is not a string`
  const metadata = value.metadata
  if (metadata === null || metadata === undefined) return value
  if (!isObject(metadata)) return 'metadata is not a mapping'
  if (!isStringOrNull(metadata.name)) return 'metadata.name is not a string'
  const annotations = metadata.annotations
  if (annotations !== null && annotations !== undefined) {
    if (!isObject(annotations)) return 'metadata.annotations is not a mapping'
    const bad = Object.entries(annotations).find(([, annotation]) => !isStringOrNull(annotation))
    if (bad !== undefined) return `the annotation ${bad[0]} is not a string (quote it)`
  }
  return value
}

function isObject(value: unknown): value is Head {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringOrNull(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string'
}

const HOOK_EVENTS = new Set(['pre-install', 'post-install', 'pre-delete', 'post-delete', 'pre-upgrade', 'post-upgrade', 'pre-rollback', 'post-rollback', 'test', 'test-success'])

function hasUnknownHook(head: Head): boolean {
  const metadata = head.metadata
  const annotations = isObject(metadata) ? metadata.annotations : undefined
  const hook = isObject(annotations) ? annotations['helm.sh/hook'] : undefined
  if (typeof hook !== 'string') return false
  return hook.split(',').some((event) => !HOOK_EVENTS.has(event.trim().toLowerCase()))
}
