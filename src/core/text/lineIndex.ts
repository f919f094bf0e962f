/** A 1-based line and column, as editors and compilers print them. */
export interface Position {
  readonly line: number
  readonly column: number
}

/** Maps character offsets of one text to 1-based line/column positions. */
export interface LineIndex {
  positionAt(offset: number): Position
  offsetAt(position: Position): number
  readonly lineCount: number
}

/** Builds a line index over `text` (LF, CRLF and lone CR all end a line). */
export function createLineIndex(text: string): LineIndex {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (char === 13 /* \r */) {
      if (text.charCodeAt(index + 1) === 10) index++
      lineStarts.push(index + 1)
    } else if (char === 10 /* \n */) {
      lineStarts.push(index + 1)
    }
  }
  return {
    lineCount: lineStarts.length,
    positionAt(offset: number): Position {
      const clamped = Math.max(0, Math.min(offset, text.length))
      let low = 0
      let high = lineStarts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if ((lineStarts[middle] ?? 0) <= clamped) low = middle
        else high = middle - 1
      }
      return { line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1 }
    },
    offsetAt(position: Position): number {
      const start = lineStarts[Math.max(0, Math.min(position.line - 1, lineStarts.length - 1))] ?? 0
      return Math.min(text.length, start + Math.max(0, position.column - 1))
    },
  }
}
