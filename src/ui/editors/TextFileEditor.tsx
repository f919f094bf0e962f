import { useMemo } from 'react'
import { isTextBytes } from '../../core/pack/pack'
import { lazyPanel } from '../layout/lazyPanel'
import { useAppState } from '../state/usePackStore'

// Monaco is a few MiB: it loads with the first editor, never with the initial page.
const MonacoTextEditor = lazyPanel('the editor', () => import('./MonacoTextEditor').then((module) => module.MonacoTextEditor))

/** Monaco editor for one text file of the pack (README.md gets a rendered preview beside it). */
export function TextFileEditor({ path }: { readonly path: string }) {
  const bytes = useAppState((state) => state.pack.files.get(path))
  // Re-checked for each new bytes, but the bytes an editor wrote are known to be text (no decode per keystroke).
  const binary = useMemo(() => bytes !== undefined && !isTextBytes(bytes), [bytes])
  // Editing a binary file as text would corrupt it: such files are shown, never edited.
  if (binary && bytes !== undefined) {
    return <p className="text-file-editor__binary">{path} is a binary file ({bytes.length} bytes). It is kept in the pack as it is.</p>
  }
  return <MonacoTextEditor key={path} path={path} />
}
