import { useEffect, useRef } from 'react'
import { setupMonaco } from '../../editor/setupMonaco'
import { monacoLanguageId } from '../editors/editorLanguage'
import { useColorScheme } from '../editors/useColorScheme'

// Runs when this lazy chunk loads, before the first diff editor is created.
const monaco = setupMonaco()

/**
 * Monaco's diff editor between a file's baseline text and its text now. Both sides are read-only here
 * (edits happen in the file's own editor); the models get their own URIs so they never collide with
 * the open file's model, and are disposed with the view.
 */
export function DiffView({ path, original, modified }: { readonly path: string; readonly original: string; readonly modified: string }) {
  const container = useRef<HTMLDivElement>(null)
  const scheme = useColorScheme()
  useEffect(() => {
    const element = container.current
    if (!element) return undefined
    const language = monacoLanguageId(path)
    const originalModel = monaco.editor.createModel(original, language, monaco.Uri.parse(`changes-baseline:///${path}`))
    const modifiedModel = monaco.editor.createModel(modified, language, monaco.Uri.parse(`changes-current:///${path}`))
    const diffEditor = monaco.editor.createDiffEditor(element, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      theme: scheme === 'dark' ? 'vs-dark' : 'vs',
    })
    diffEditor.setModel({ original: originalModel, modified: modifiedModel })
    return () => {
      diffEditor.dispose()
      originalModel.dispose()
      modifiedModel.dispose()
    }
  }, [path, original, modified, scheme])
  return <div ref={container} className="changes__diff" role="region" aria-label={`Changes in ${path}`} />
}
