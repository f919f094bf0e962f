import { LineCounter, parseAllDocuments } from 'yaml'
import { decodeText } from '../text/encoding'
import { findYamlTooDeep, tooDeepMessage } from '../text/nestingDepth'

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
  let result = ''
  let position = 0
  for (const action of actions) {
    result += text.slice(position, action.start)
    const lineStart = text.lastIndexOf('\n', action.start - 1) + 1
    const nextNewline = text.indexOf('\n', action.end)
    const lineEnd = nextNewline === -1 ? text.length : nextNewline
    const before = text.slice(lineStart, action.start)
    const after = text.slice(action.end, lineEnd)
    const alone = /^\s*$/.test(before.replace(/\{\{[\s\S]*?\}\}/g, '')) && /^\s*$/.test(after.replace(/\{\{[\s\S]*?\}\}/g, ''))
    const source = text.slice(action.start, action.end)
    result += alone || source.includes('\n') ? source.replace(/[^\r\n]/g, ' ') : 'x'.repeat(source.length)
    position = action.end
  }
  return result + text.slice(position)
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
export function manifestYamlProblems(bytes: Uint8Array): readonly ManifestYamlProblem[] {
  const cached = problemsCache.get(bytes)
  if (cached) return cached
  const text = decodeText(bytes)
  const blanked = blankTemplateActions(text)
  const lineCounter = new LineCounter()
  const tooDeep = findYamlTooDeep(blanked)
  if (tooDeep !== undefined) {
    const upTo = text.slice(0, tooDeep.offset)
    const line = upTo.split('\n').length
    const problem = { document: 1, message: tooDeepMessage(tooDeep.maxDepth), code: 'TOO_DEEP', line, column: tooDeep.offset - upTo.lastIndexOf('\n') }
    problemsCache.set(bytes, [problem])
    return [problem]
  }
  const parsed = parseAllDocuments(blanked, { lineCounter, prettyErrors: false, strict: true, uniqueKeys: blanked === text })
  const documents = Array.isArray(parsed) ? parsed : []
  const problems = documents.flatMap((document, index) =>
    // Later errors of a document are mostly knock-on effects of its first one.
    document.errors.slice(0, 1).map((error) => {
      const position = lineCounter.linePos(error.pos[0])
      return { document: index + 1, message: error.message.split('\n')[0] ?? error.message, code: error.code, line: position.line, column: position.col }
    }),
  )
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
