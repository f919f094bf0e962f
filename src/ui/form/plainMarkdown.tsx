import type { ReactNode } from 'react'

/**
 * Stands in for markdown-to-jsx, which rjsf imports for markdown descriptions (`ui:enableMarkdownInDescription`)
 * and a few error texts. The pack.json form uses neither, and the library is a third of the form's
 * JavaScript that every reopened draft parses before its form shows: the text is shown as it is.
 */
export function Markdown({ children }: { readonly children?: ReactNode }) {
  return <>{children}</>
}
