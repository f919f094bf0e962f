import DOMPurify from 'dompurify'
import { marked } from 'marked'
import { MAX_MARKDOWN_NESTING, markdownNestingBound } from './markdownDepth'

// Everything that could make the page fetch something on its own is dropped; links stay (a click is
// the user's choice), images keep only inline data: sources.
const FORBIDDEN_TAGS = ['style', 'link', 'meta', 'base', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'source', 'picture', 'track', 'form', 'input', 'svg', 'math']
const FORBIDDEN_ATTRIBUTES = ['style', 'srcset', 'background', 'poster', 'ping', 'action', 'formaction']

let purifier: ReturnType<typeof DOMPurify> | undefined

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier
  const instance = DOMPurify(window)
  instance.addHook('afterSanitizeAttributes', (node) => {
    const source = node.getAttribute('src')
    if (source !== null && !source.startsWith('data:image/')) {
      node.removeAttribute('src')
      node.setAttribute('data-blocked-src', source)
      node.setAttribute('title', `Image not loaded in the preview (the builder works offline): ${source}`)
    }
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank')
      node.setAttribute('rel', 'noopener noreferrer')
    }
  })
  purifier = instance
  return instance
}

/** Renders a README to sanitized HTML that loads nothing from the network. */
export function renderMarkdown(text: string): string {
  if (markdownNestingBound(text) > MAX_MARKDOWN_NESTING) {
    return plainTextPreview(text, `This README nests quotes or lists more than ${MAX_MARKDOWN_NESTING} levels deep, so the preview shows it as plain text.`)
  }
  let html: string
  try {
    html = marked.parse(text, { async: false, gfm: true })
  } catch (error) {
    // A stack overflow on some other deeply nested construct: show the text rather than a crash screen.
    if (!(error instanceof RangeError)) throw error
    return plainTextPreview(text, 'This README is nested too deeply to preview, so the preview shows it as plain text.')
  }
  return getPurifier().sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
  })
}

function plainTextPreview(text: string, reason: string): string {
  const escape = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return `<p class="markdown-preview-note" role="note">${escape(reason)}</p><pre>${escape(text)}</pre>`
}
