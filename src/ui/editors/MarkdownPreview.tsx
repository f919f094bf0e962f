import { useDeferredValue, useMemo } from 'react'
import { renderMarkdown } from './renderMarkdown'

/** The README as Palette users will read it; remote images are not loaded. */
export function MarkdownPreview({ text }: { readonly text: string }) {
  const deferred = useDeferredValue(text)
  const html = useMemo(() => renderMarkdown(deferred), [deferred])
  return (
    <section className="markdown-preview" aria-label="README preview">
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  )
}
