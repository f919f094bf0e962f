import type { Finding } from '../../core'
import type { RenderedLocation } from '../../core/k8s/renderedFinding'
import type { RenderedDocument } from '../../core/render/renderTypes'
import type { MarkerSpec } from '../../editor/findingsToMarkers'

/** A part's rendered documents as one text, like `helm template` prints them, and where each document starts. */
export interface RenderedText {
  readonly text: string
  /** The 1-based line of each document's first line, by `template#index`. */
  readonly documentLines: ReadonlyMap<string, number>
}

function documentKey(template: string, index: number): string {
  return `${template}#${String(index)}`
}

/** `---`, a `# Source:` header and the document, for each document. */
export function renderedText(documents: readonly RenderedDocument[]): RenderedText {
  const documentLines = new Map<string, number>()
  let text = ''
  let line = 1
  for (const document of documents) {
    documentLines.set(documentKey(document.template, document.index), line + 2)
    const body = document.text.endsWith('\n') ? document.text : `${document.text}\n`
    text += `---\n# Source: ${document.template}\n${body}`
    line += 2 + body.split('\n').length - 1
  }
  return { text, documentLines }
}

/** A finding about a place in the rendered output (the render checks add it). */
export function renderedLocation(finding: Finding): RenderedLocation | undefined {
  const location = (finding as Finding & { readonly rendered?: RenderedLocation }).rendered
  return typeof location === 'object' ? location : undefined
}

/** The line of the rendered text a rendered location is at; undefined when its document is not there. */
export function renderedLine(rendered: RenderedText, location: RenderedLocation): number | undefined {
  const start = rendered.documentLines.get(documentKey(location.template, location.index))
  return start === undefined ? undefined : start + Math.max(1, location.line) - 1
}

/** The findings about a part's rendered documents as markers on its rendered text. */
export function renderedMarkers(findings: readonly Finding[], part: string, rendered: RenderedText, lineLength: (line: number) => number): MarkerSpec[] {
  const markers: MarkerSpec[] = []
  for (const finding of findings) {
    const location = renderedLocation(finding)
    if (finding.file !== part || location === undefined) continue
    const line = renderedLine(rendered, location)
    if (line === undefined) continue
    markers.push({
      severity: finding.severity,
      message: finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`,
      source: 'Pack Builder',
      code: finding.ruleId,
      startLineNumber: line,
      startColumn: 1,
      endLineNumber: line,
      endColumn: Math.max(2, lineLength(line) + 1),
    })
  }
  return markers
}

/** How a render finding reads in the Rendered view: the template is broken, or it needs a value. */
export function renderProblemKind(finding: Finding): 'input needed' | 'broken' | undefined {
  if (finding.ruleId === 'render/input-needed') return 'input needed'
  if (finding.ruleId.startsWith('render/')) return 'broken'
  return undefined
}
