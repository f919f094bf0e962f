/**
 * How deep the README preview lets block containers (quotes, lists) nest. marked recurses once per
 * level, so a README of `>>>>…` thousands deep would overflow the stack and blank the page.
 */
export const MAX_MARKDOWN_NESTING = 64

/**
 * An upper bound of the block nesting of a markdown text: per line, each `>`, each list marker and
 * each two columns of indentation may open one more container. Linear, never parses.
 */
export function markdownNestingBound(text: string): number {
  let deepest = 0
  for (const line of text.split('\n')) {
    const indent = /^[ \t]*/.exec(line)?.[0] ?? ''
    const columns = indent.length + 3 * (indent.split('\t').length - 1)
    const markers = /^(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*/.exec(line.slice(indent.length))?.[0] ?? ''
    const level = (markers.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length
    deepest = Math.max(deepest, level + Math.floor(columns / 2))
  }
  return deepest
}
