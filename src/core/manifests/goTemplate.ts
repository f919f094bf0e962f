import { LineCounter } from 'yaml'
import { decodeText } from '../text/encoding'
import { locateTooDeep } from '../text/nestingDepth'
import { forEachDocumentWithinDepth } from '../text/yamlNestingDepth'
import { DUPLICATE_KEY_MESSAGE, duplicateKeyOffsets } from '../pack/duplicateKeys'

/** One `{{ ... }}` Go template action in a manifest, by character offsets. */
export interface TemplateAction {
  readonly start: number
  /** Offset just after the closing `}}`. */
  readonly end: number
  /** The text between the braces, without `-` trim markers. */
  readonly body: string
}

/** Finds every `{{ ... }}` action; an unclosed `{{` runs to the end of the text. */
export function findTemplateActions(text: string): TemplateAction[] {
  const actions: TemplateAction[] = []
  let from = 0
  for (;;) {
    const start = text.indexOf('{{', from)
    if (start === -1) return actions
    const close = text.indexOf('}}', start + 2)
    const end = close === -1 ? text.length : close + 2
    const body = text.slice(start + 2, close === -1 ? text.length : close).replace(/^-\s?/, '').replace(/\s?-$/, '').trim()
    actions.push({ start, end, body })
    from = end
  }
}

/**
 * Hides Go template actions so the YAML around them can be parsed, keeping every offset (and so
 * every line and column) in place. A line holding only actions (`{{ if }}`, `{{- end }}`,
 * `{{ toYaml .Values.x | nindent 4 }}`) becomes blank; an action among other text (`port: {{ .Values.port }}`)
 * becomes a same-length plain word.
 */
export function blankTemplateActions(text: string): string {
  const actions = findTemplateActions(text)
  if (actions.length === 0) return text
  // One pass over the text and one over the actions: per-action line slicing was quadratic on long lines.
  const contentLines = linesWithTextOutsideActions(text, actions)
  const parts: string[] = []
  let position = 0
  let line = 0
  let counted = 0
  for (const action of actions) {
    parts.push(text.slice(position, action.start))
    line += countNewlines(text, counted, action.start)
    counted = action.start
    const source = text.slice(action.start, action.end)
    const alone = !contentLines.has(line)
    parts.push(alone || source.includes('\n') ? source.replace(/[^\r\n]/g, ' ') : 'x'.repeat(source.length))
    position = action.end
  }
  parts.push(text.slice(position))
  return parts.join('')
}

/** The 0-based numbers of the lines that hold something other than whitespace outside template actions. */
function linesWithTextOutsideActions(text: string, actions: readonly TemplateAction[]): Set<number> {
  const lines = new Set<number>()
  let line = 0
  let next = 0
  for (let index = 0; index < text.length; index++) {
    const action = actions[next]
    if (action !== undefined && index === action.start) {
      line += countNewlines(text, action.start, action.end)
      index = action.end - 1
      next++
      continue
    }
    const char = text.charCodeAt(index)
    if (char === 10) line++
    else if (char !== 32 && char !== 9 && char !== 13) lines.add(line)
  }
  return lines
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++
  return count
}

/** A YAML problem in a manifest document, with its 1-based position. */
export interface ManifestYamlProblem {
  readonly document: number
  readonly message: string
  readonly code: string
  readonly line: number
  readonly column: number
}

const problemsCache = new WeakMap<Uint8Array, readonly ManifestYamlProblem[]>()

/**
 * Parses a manifest per `---` document with its template actions hidden (see `blankTemplateActions`).
 * In a templated file, `{{ if }}`/`{{ else }}` branches legitimately repeat keys, so duplicates are
 * only checked in files without actions. Gives the first problem of each document. Memoized per bytes.
 */
export function manifestYamlProblems(bytes: Uint8Array, text = decodeText(bytes)): readonly ManifestYamlProblem[] {
  const cached = problemsCache.get(bytes)
  if (cached) return cached
  const blanked = blankTemplateActions(text)
  const lineCounter = new LineCounter()
  let documentNumber = 0
  const problems: ManifestYamlProblem[] = []
  // Each document is dropped once its first problem is known. Duplicate keys are checked by
  // duplicateKeyOffsets: yaml's own check is quadratic in a map's size.
  const tooDeep = forEachDocumentWithinDepth(blanked, { lineCounter, prettyErrors: false, strict: true, uniqueKeys: false }, (document) => {
    documentNumber += 1
    const found: { offset: number; message: string; code: string }[] = document.errors.map((error) => ({ offset: error.pos[0], message: error.message.split('\n')[0] ?? error.message, code: error.code }))
    if (blanked === text) found.push(...duplicateKeyOffsets(document, false).map((offset) => ({ offset, message: DUPLICATE_KEY_MESSAGE, code: 'DUPLICATE_KEY' })))
    // Later errors of a document are mostly knock-on effects of its first one.
    const first = found.reduce<(typeof found)[number] | undefined>((earliest, problem) => (earliest === undefined || problem.offset < earliest.offset ? problem : earliest), undefined)
    if (first === undefined) return
    const position = lineCounter.linePos(first.offset)
    problems.push({ document: documentNumber, message: first.message, code: first.code, line: position.line, column: position.col })
  })
  if (tooDeep !== undefined) {
    const problem = { document: 1, code: 'TOO_DEEP', ...locateTooDeep(text, tooDeep) }
    problemsCache.set(bytes, [problem])
    return [problem]
  }
  problemsCache.set(bytes, problems)
  return problems
}

const OPENERS = /^(if|range|with|define|block)\b/
const CLOSER = /^end\b/

/** Where the template's block structure breaks: an `end` without an opener, or an opener never closed. */
export function unbalancedAction(text: string): { offset: number; problem: 'unexpected-end' | 'unclosed' } | undefined {
  const open: number[] = []
  for (const action of findTemplateActions(text)) {
    if (action.body.startsWith('/*')) continue
    if (OPENERS.test(action.body)) open.push(action.start)
    else if (CLOSER.test(action.body)) {
      if (open.pop() === undefined) return { offset: action.start, problem: 'unexpected-end' }
    }
  }
  const unclosed = open.at(-1)
  return unclosed === undefined ? undefined : { offset: unclosed, problem: 'unclosed' }
}

const BROKEN_ACTION = /(?<![{])\{-\s*(?:end|else|if|range|with)\b[^{}\n]*\}(?!\})|(?<![{])\{\s*\.Values\.[^{}\n]*\}\}/g

/** Things that look like template actions with a brace missing, such as `{- end}`. */
export function brokenActions(text: string): { offset: number; text: string }[] {
  return [...text.matchAll(BROKEN_ACTION)].map((match) => ({ offset: match.index, text: match[0] }))
}

/** A `.Values.a.b` path read by a template action, with the action it is in. */
export interface ValuesReference {
  readonly path: readonly string[]
  readonly offset: number
  readonly action: TemplateAction
}

const VALUES_PATH = /(?<![\w$])\.Values((?:\.[A-Za-z_][\w-]*)+)/g

/** Every `.Values.x.y` path the template actions read. */
export function findValuesReferences(text: string): ValuesReference[] {
  return findTemplateActions(text).flatMap((action) =>
    [...action.body.matchAll(VALUES_PATH)].map((match) => ({
      path: (match[1] ?? '').slice(1).split('.'),
      offset: text.indexOf(match[0], action.start),
      action,
    })),
  )
}
