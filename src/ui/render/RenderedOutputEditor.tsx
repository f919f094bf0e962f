import { useEffect, useMemo, useState } from 'react'
import { Editor } from '@monaco-editor/react'
import type { editor } from 'monaco-editor/esm/vs/editor/editor.api'
import type { Finding, Severity } from '../../core'
import type { RenderedDocument } from '../../core/render/renderTypes'
import { MARKER_OWNER } from '../../editor/findingsToMarkers'
import { setupMonaco } from '../../editor/setupMonaco'
import { YAML_TEMPLATE_LANGUAGE } from '../../editor/yamlTemplateLanguageId'
import { useColorScheme } from '../editors/useColorScheme'
import { renderedLine, renderedMarkers, renderedText } from './renderedText'
import type { RenderedFocus } from './renderService'

// Runs when this lazy chunk loads, before the first <Editor> mounts (stack.md §2).
const monaco = setupMonaco()

const SEVERITY: Readonly<Record<Severity, editor.IMarkerData['severity']>> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
}

// Shared by every instance: a focus request is handled once, not again when the view reopens.
let lastFocusNonce = 0

const OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  readOnly: true,
  domReadOnly: true,
  minimap: { enabled: false },
  automaticLayout: true,
  scrollBeyondLastLine: false,
  fontSize: 13,
}

/** The model URI of a part's rendered output: its own scheme, so no pack file's schema or marker applies to it. */
export function renderedModelUri(part: string): string {
  return `rendered:///${part}`
}

/**
 * One chart's or manifest's rendered documents in a read-only Monaco editor, with the checks'
 * findings about them as markers at their lines. Highlighted as YAML, without monaco-yaml's
 * diagnostics: the output's problems are the checks' findings.
 */
export function RenderedOutputEditor({ part, documents, findings, focus }: {
  readonly part: string
  readonly documents: readonly RenderedDocument[]
  readonly findings: readonly Finding[]
  readonly focus: RenderedFocus | undefined
}) {
  const scheme = useColorScheme()
  const rendered = useMemo(() => renderedText(documents), [documents])
  const [instance, setInstance] = useState<editor.IStandaloneCodeEditor>()

  useEffect(() => {
    const model = instance?.getModel()
    if (!model) return
    if (model.getValue() !== rendered.text) model.setValue(rendered.text)
    const markers = renderedMarkers(findings, part, rendered, (line) => (line <= model.getLineCount() ? model.getLineMaxColumn(line) - 1 : 0))
    monaco.editor.setModelMarkers(model, MARKER_OWNER, markers.map((marker) => ({ ...marker, severity: SEVERITY[marker.severity] })))
  }, [instance, rendered, findings, part])

  useEffect(() => {
    if (!instance || focus === undefined || focus.nonce <= lastFocusNonce) return
    const line = renderedLine(rendered, focus.location)
    if (line === undefined) return
    lastFocusNonce = focus.nonce
    instance.revealLineInCenter(line)
    instance.setPosition({ lineNumber: line, column: 1 })
    instance.focus()
  }, [instance, focus, rendered])

  return (
    <div className="rendered__editor" data-part={part}>
      <Editor
        height="100%"
        path={renderedModelUri(part)}
        defaultValue={rendered.text}
        defaultLanguage={YAML_TEMPLATE_LANGUAGE}
        theme={scheme === 'dark' ? 'vs-dark' : 'vs'}
        options={{ ...OPTIONS, ariaLabel: `Rendered output of ${part} (read-only)` }}
        onMount={setInstance}
        loading={<p role="status">Loading the editor…</p>}
      />
    </div>
  )
}
