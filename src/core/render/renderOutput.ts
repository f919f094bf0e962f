import { parseAllDocuments } from 'yaml'
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
export function collectDocuments(rendered: ReadonlyMap<string, string>, origin: DocumentOrigin): { documents: RenderedDocument[]; findings: Finding[] } {
  const documents: RenderedDocument[] = []
  const findings: Finding[] = []
  for (const template of [...rendered.keys()].sort()) {
    const text = rendered.get(template) ?? ''
    if (!isPrintedTemplate(template, text)) continue
    splitManifests(text).forEach((document, index) => {
      const problem = yamlProblem(document)
      if (problem !== undefined) {
        findings.push(
          renderFinding(
            INVALID_OUTPUT,
            { file: origin.file },
            `${template}: document ${index + 1} of the rendered output is not valid YAML: ${problem}`,
            'Quote values that hold YAML-special text (a `{{ }}` macro, `:` or `#`) in values.yaml, or pipe them through `quote`/`toYaml` in the template.',
          ),
        )
        return
      }
      documents.push({ source: origin.source, owner: origin.owner, template, index, text: document })
    })
  }
  return { documents, findings }
}

function yamlProblem(text: string): string | undefined {
  const [parsed] = parseAllDocuments(text, { version: '1.1', uniqueKeys: true })
  if (parsed === undefined) return undefined
  if ('errors' in parsed && parsed.errors.length > 0) {
    const error = parsed.errors[0]
    const where = error?.linePos?.[0] ? `line ${error.linePos[0].line}: ` : ''
    return `${where}${error?.message.split('\n')[0] ?? ''}`
  }
  return undefined
}
