import { isTextBytes } from '../../core/pack/pack'
import { lazyPanel } from '../layout/lazyPanel'
import { useAppState } from '../state/usePackStore'

// Monaco is a few MiB: it loads with the first editor, never with the initial page.
const MonacoTextEditor = lazyPanel('the editor', () => import('./MonacoTextEditor').then((module) => module.MonacoTextEditor))

/** Monaco editor for one text file of the pack (README.md gets a rendered preview beside it). */
export function TextFileEditor({ path }: { readonly path: string }) {
  // The size of a binary file, else undefined: a number, so a keystroke (new bytes, still text) does not
  // re-render the editor. The bytes an editor wrote are known to be text (no decode per keystroke).
  const binarySize = useAppState((state) => {
    const bytes = state.pack.files.get(path)
    return bytes !== undefined && !isTextBytes(bytes) ? bytes.length : undefined
  })
  // Editing a binary file as text would corrupt it: such files are shown, never edited.
  if (binarySize !== undefined) {
    return <p className="text-file-editor__binary">{path} is a binary file ({binarySize} bytes). It is kept in the pack as it is.</p>
  }
  return <MonacoTextEditor key={path} path={path} />
}
