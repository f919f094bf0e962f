import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { Editor } from '@monaco-editor/react'
import type { editor } from 'monaco-editor/esm/vs/editor/editor.api'
import { readTextFile } from '../../core/pack/pack'
import type { Severity } from '../../core'
import { findingsToMarkers, MARKER_OWNER } from '../../editor/findingsToMarkers'
import { setQuickFixHost } from '../../editor/quickFixes'
import { setupMonaco } from '../../editor/setupMonaco'
import { packFindingsFor } from '../lint/useFindings'
import { useFindingList } from '../lint/useFindings'
import { applyFindingFix, applyFindingFixes } from '../problems/applyFindingFix'
import { useAppState, usePackStore } from '../state/usePackStore'
import { monacoLanguageId, modelUri, revealPosition } from './editorLanguage'
import { lazyPanel } from '../layout/lazyPanel'
import { useChartValuesSchema } from './useChartValuesSchema'
import { syncModelWithStore } from './syncModelWithStore'
import { useColorScheme } from './useColorScheme'
import './editors.css'

// marked and DOMPurify load with the first README, not with every editor.
const MarkdownPreview = lazyPanel('the README preview', () => import('./MarkdownPreview').then((module) => module.MarkdownPreview))

// Runs when this lazy chunk loads, so before the first <Editor> mounts (stack.md §2).
const monaco = setupMonaco()

const SEVERITY: Readonly<Record<Severity, editor.IMarkerData['severity']>> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
}

// Monaco's "Toggle Tab Key Moves Focus" (editor.action.toggleTabFocusMode) is Ctrl+Shift+M on macOS.
const TAB_FOCUS_KEYS = /Mac|iPhone|iPad/.test(navigator.userAgent) ? 'Ctrl+Shift+M' : 'Ctrl+M'

// Shared by every editor instance: a reveal is handled once, not again when the file is reopened.
let lastRevealNonce = 0

const EDITOR_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  automaticLayout: true,
  scrollBeyondLastLine: false,
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: false,
  fontSize: 13,
  renderWhitespace: 'boundary',
  // Sticky scroll from the language's folding ranges (monaco-yaml's, the JSON worker's), not from its
  // document symbols: the default outline model asks the YAML worker for every key of the file after each
  // edit, then receives and builds a tree of it on the main thread (tasks of 30-50 ms while typing in a
  // 5,700-line values.yaml); folding ranges are a flat list that folding asks for anyway. (Not the
  // indentation model: it hung the editor after an undo.)
  stickyScroll: { enabled: true, defaultModel: 'foldingProviderModel' },
}

/** The README preview follows the store's text: it alone re-renders per keystroke, not the editor. */
function StoredMarkdownPreview({ path }: { readonly path: string }) {
  const text = useAppState((state) => readTextFile(state.pack, path)) ?? ''
  return <MarkdownPreview text={text} />
}

/**
 * The Monaco editor of one pack file. Uncontrolled: the model owns the text while the user types and
 * every change goes to the store; the store's text is pushed into the model only when something else
 * changed the file (stack.md §6: never write a stale value back over the model).
 */
export function MonacoTextEditor({ path }: { readonly path: string }) {
  const store = usePackStore()
  // The bytes and text the model is created from; later changes reach the model through the sync below,
  // so the 300 KB text is not read from the store on every keystroke.
  const initial = useMemo(() => {
    const pack = store.getState().pack
    return { bytes: pack.files.get(path), text: readTextFile(pack, path) ?? '' }
  }, [store, path])
  // The markers last set on the model, as a key: findings that did not change are not set again.
  const markersKey = useRef<string | undefined>(undefined)
  const reveal = useAppState((state) => state.reveal)
  const findings = useFindingList()
  const scheme = useColorScheme()
  const [instance, setInstance] = useState<editor.IStandaloneCodeEditor>()
  const language = monacoLanguageId(path)
  useChartValuesSchema(path === 'values.yaml')
  const tabHintId = useId()

  // Tab indents in the editor, a trap for keyboard users unless they know the way out: the hint
  // says it, and screen readers read it with the editor's name (aria-describedby on its input).
  useEffect(() => {
    instance?.getDomNode()?.querySelector('textarea')?.setAttribute('aria-describedby', tabHintId)
  }, [instance, tabHintId])

  // Quick fixes (Ctrl+.) read the latest findings and apply fixes through this store, one undo step each.
  useEffect(() => {
    setQuickFixHost({
      findings: () => packFindingsFor(store).getSnapshot().findings,
      applyFix: (fix) => { void applyFindingFix(store, fix) },
      applyFixes: (fixes) => { applyFindingFixes(store, fixes) },
    })
  }, [store])

  // The model and the store's file kept in step both ways, without React: the model owns the text while
  // the user types (stack.md §6), and the store's text is pushed into it only when something else
  // changed the file.
  useEffect(() => {
    const model = instance?.getModel()
    if (!model) return
    const stop = syncModelWithStore(model, store, path, (text) => {
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null)
    }, initial.bytes)
    // A reload or a closed tab right after a keystroke: the edit reaches the store (and the draft write starts) now.
    const applyNow = () => { store.applyPendingEdits() }
    addEventListener('pagehide', applyNow)
    document.addEventListener('visibilitychange', applyNow)
    return () => {
      removeEventListener('pagehide', applyNow)
      document.removeEventListener('visibilitychange', applyNow)
      stop()
    }
  }, [instance, store, path, initial])

  // Markers follow the findings, not the text: Monaco moves them with each edit, and setting the same
  // markers again after every keystroke re-decorated the whole file. Only this file's findings count.
  useEffect(() => {
    const model = instance?.getModel()
    if (!model) return
    const markers = findingsToMarkers(findings, path, (line) => (line <= model.getLineCount() ? model.getLineMaxColumn(line) - 1 : 0))
    const key = `${model.id}\n${JSON.stringify(markers)}`
    if (key === markersKey.current) return
    markersKey.current = key
    monaco.editor.setModelMarkers(model, MARKER_OWNER, markers.map((marker) => ({ ...marker, severity: SEVERITY[marker.severity] })))
  }, [instance, findings, path])

  useEffect(() => {
    if (!instance || reveal?.path !== path || reveal.nonce <= lastRevealNonce) return
    lastRevealNonce = reveal.nonce
    const position = revealPosition(store.getState().pack, reveal)
    if (position) {
      instance.revealLineInCenter(position.line)
      instance.setPosition({ lineNumber: position.line, column: position.column })
    }
    instance.focus()
  }, [instance, reveal, path, store])

  // A new options object would make the wrapper call updateOptions on every render (every keystroke).
  const options = useMemo(() => ({ ...EDITOR_OPTIONS, ariaLabel: `Editor for ${path}`, wordWrap: language === 'markdown' ? 'on' as const : 'off' as const }), [path, language])
  const editorElement = (
    <Editor
      className="text-file-editor__monaco"
      height="100%"
      path={modelUri(path)}
      defaultValue={initial.text}
      defaultLanguage={language}
      language={language}
      theme={scheme === 'dark' ? 'vs-dark' : 'vs'}
      options={options}
      onMount={setInstance}
      loading={<p role="status">Loading the editor…</p>}
    />
  )
  const tabHint = <p id={tabHintId} className="text-file-editor__tab-hint">Tab inserts a tab; press {TAB_FOCUS_KEYS} to move focus with Tab</p>
  if (language !== 'markdown') return <div className="text-file-editor" data-path={path}><div className="text-file-editor__pane">{editorElement}{tabHint}</div></div>
  return (
    <div className="text-file-editor text-file-editor--split" data-path={path}>
      <div className="text-file-editor__pane">{editorElement}{tabHint}</div>
      <StoredMarkdownPreview path={path} />
    </div>
  )
}
