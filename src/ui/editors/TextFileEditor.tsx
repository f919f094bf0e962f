import { lazy, Suspense } from 'react'

// Monaco is a few MiB: it loads with the first editor, never with the initial page.
const MonacoTextEditor = lazy(() => import('./MonacoTextEditor').then((module) => ({ default: module.MonacoTextEditor })))

/** Monaco editor for one text file of the pack (README.md gets a rendered preview beside it). */
export function TextFileEditor({ path }: { readonly path: string }) {
  return (
    <Suspense fallback={<p role="status">Loading the editor…</p>}>
      <MonacoTextEditor key={path} path={path} />
    </Suspense>
  )
}
