import { compileRe2 } from './re2Regex'
/** The value types a `format` pattern can hold (`${input}` is undocumented but shipped once). */
export type FormatType = 'string' | 'number' | 'boolean' | 'password' | 'list' | 'ipv4' | 'version' | 'input'

/** One piece of a `format` pattern: literal text, or a `${type[:arg]}` token. */
export type FormatToken =
  | { readonly kind: 'literal'; readonly text: string }
  | {
      readonly kind: 'type'
      readonly type: FormatType
      /** `${string:/re/}`, `${number:/re/}`, `${password:/re/}`: the regex source, RE2 syntax. */
      readonly regex?: string
      /** `${number:[min-max]}`. */
      readonly range?: { readonly min: number; readonly max: number }
      /** `${list:[a,b]}`. */
      readonly options?: readonly string[]
    }

/** A parsed schema.yaml template: what Palette stores as `V1PackSchema`. */
export interface SchemaTemplate {
  readonly required: boolean
  readonly readonly: boolean
  readonly format?: { readonly pattern: string; readonly tokens: readonly FormatToken[] }
  readonly hints: readonly string[]
}

/** A problem in a template, at a character offset inside the template text. */
export interface TemplateProblem {
  readonly severity: 'error' | 'warning'
  readonly message: string
  readonly offset: number
}

/** The parse result: the template when it could be read, plus every problem found. */
export interface TemplateParseResult {
  readonly template: SchemaTemplate | undefined
  readonly problems: readonly TemplateProblem[]
}

const TYPES: ReadonlySet<string> = new Set(['string', 'number', 'boolean', 'password', 'list', 'ipv4', 'version', 'input'])
const REGEX_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'password'])

class TemplateError extends Error {
  readonly offset: number
  constructor(message: string, offset: number) {
    super(message)
    this.offset = offset
  }
}

/** A cursor over the template text. */
class Scanner {
  position = 0
  readonly text: string
  constructor(text: string) {
    this.text = text
  }
  skipSpaces(): void {
    while (/\s/.test(this.text.charAt(this.position))) this.position++
  }
  eat(literal: string): boolean {
    if (!this.text.startsWith(literal, this.position)) return false
    this.position += literal.length
    return true
  }
  word(): string {
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.position))
    this.position += match?.[0].length ?? 0
    return match?.[0] ?? ''
  }
  atString(): boolean {
    return this.text.charAt(this.position) === '"'
  }
  /** A double-quoted Go template string; only `\"` and `\\` are escapes, other backslashes stay (regexes). */
  string(): { value: string; offset: number } {
    const start = this.position
    if (!this.eat('"')) throw new TemplateError('a "quoted string" is expected here', start)
    let value = ''
    for (;;) {
      const char = this.text.charAt(this.position)
      if (char === '') throw new TemplateError('this string is not closed with "', start)
      this.position++
      if (char === '"') return { value, offset: start + 1 }
      if (char === '\\' && (this.text.charAt(this.position) === '"' || this.text.charAt(this.position) === '\\')) {
        value += this.text.charAt(this.position)
        this.position++
      } else {
        value += char
      }
    }
  }
}

/**
 * Parses a schema.yaml template such as `{{ required | format "${number:[1-65535]}" | hints "port" }}`:
 * functions `required`, `readonly`, `format "<pattern>"` and `hints "<text>"...`, chained with `|`.
 */
export function parseSchemaTemplate(text: string): TemplateParseResult {
  const problems: TemplateProblem[] = []
  const scanner = new Scanner(text)
  let required = false
  let readonly = false
  let format: SchemaTemplate['format']
  const hints: string[] = []
  try {
    scanner.skipSpaces()
    if (!scanner.eat('{{')) throw new TemplateError('a schema template starts with {{', scanner.position)
    for (;;) {
      scanner.skipSpaces()
      const start = scanner.position
      const name = scanner.word()
      switch (name) {
        case 'required':
          required = true
          break
        case 'readonly':
          readonly = true
          break
        case 'format': {
          scanner.skipSpaces()
          const pattern = scanner.string()
          const tokens = parseFormatPattern(pattern.value, pattern.offset, problems)
          format = { pattern: pattern.value, tokens }
          break
        }
        case 'hints':
          scanner.skipSpaces()
          if (!scanner.atString()) throw new TemplateError('hints needs at least one "quoted text"', scanner.position)
          while (scanner.atString()) {
            hints.push(scanner.string().value)
            scanner.skipSpaces()
          }
          break
        case '':
          throw new TemplateError('a function (required, readonly, format or hints) is expected here', start)
        default:
          throw new TemplateError(`unknown function "${name}"; use required, readonly, format or hints`, start)
      }
      scanner.skipSpaces()
      if (scanner.eat('|')) continue
      if (scanner.eat('}}')) break
      throw new TemplateError('expected | or }} here', scanner.position)
    }
    scanner.skipSpaces()
    if (scanner.position < text.length) throw new TemplateError('nothing may follow the closing }}', scanner.position)
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    problems.push({ severity: 'error', message: error.message, offset: error.offset })
    return { template: undefined, problems }
  }
  return { template: { required, readonly, ...(format ? { format } : {}), hints }, problems }
}

/** Splits a format pattern into literal text and `${type[:arg]}` tokens, reporting bad tokens. */
export function parseFormatPattern(pattern: string, baseOffset: number, problems: TemplateProblem[]): FormatToken[] {
  const tokens: FormatToken[] = []
  let position = 0
  while (position < pattern.length) {
    const start = pattern.indexOf('${', position)
    if (start === -1) {
      tokens.push({ kind: 'literal', text: pattern.slice(position) })
      break
    }
    if (start > position) tokens.push({ kind: 'literal', text: pattern.slice(position, start) })
    const end = tokenEnd(pattern, start)
    if (end === -1) {
      problems.push({ severity: 'error', message: 'this ${...} token is not closed with }', offset: baseOffset + start })
      return tokens
    }
    const token = parseToken(pattern.slice(start + 2, end), baseOffset + start, problems)
    if (token) tokens.push(token)
    position = end + 1
  }
  if (!pattern.includes('${')) {
    problems.push({ severity: 'error', message: 'the format pattern has no ${type} token', offset: baseOffset })
  }
  return tokens
}

/** Index of the `}` closing the token at `start`; a `/regex/` argument may itself hold braces. */
function tokenEnd(pattern: string, start: number): number {
  const colon = pattern.indexOf(':', start)
  const close = pattern.indexOf('}', start)
  if (colon !== -1 && colon < close && pattern.charAt(colon + 1) === '/') {
    const regexEnd = pattern.indexOf('/}', colon + 2)
    return regexEnd === -1 ? -1 : regexEnd + 1
  }
  return close
}

function parseToken(body: string, offset: number, problems: TemplateProblem[]): FormatToken | undefined {
  const result = readToken(body, offset, problems)
  if (typeof result !== 'string') return result
  problems.push({ severity: 'error', message: result, offset })
  return undefined
}

/** Reads one `${...}` token body; a string result is what is wrong with it. */
function readToken(body: string, offset: number, problems: TemplateProblem[]): FormatToken | string {
  const colon = body.indexOf(':')
  const type = colon === -1 ? body.trim() : body.slice(0, colon).trim()
  const argument = colon === -1 ? undefined : body.slice(colon + 1)
  if (!TYPES.has(type)) return `unknown format type "${type}"; use string, number, boolean, password, list, ipv4 or version`
  const formatType = type as FormatType
  if (formatType === 'input') problems.push({ severity: 'warning', message: '${input} is not a documented format type', offset })
  if (argument === undefined) {
    return formatType === 'list' ? '${list} needs its options, as ${list:[a,b,c]}' : { kind: 'type', type: formatType }
  }
  if (argument.startsWith('/') && argument.endsWith('/') && argument.length >= 2) {
    if (!REGEX_TYPES.has(formatType)) return `\${${type}} takes no regex`
    const regex = argument.slice(1, -1)
    checkRegex(regex, offset, problems)
    return { kind: 'type', type: formatType, regex }
  }
  if (formatType === 'number') {
    const range = /^\[\s*(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)\s*\]$/.exec(argument)
    if (!range) return `"${argument}" is not a number range such as [1-65535] or a /regex/`
    const min = Number(range[1])
    const max = Number(range[2])
    if (min > max) return `the range [${min}-${max}] is empty: its minimum is above its maximum`
    return { kind: 'type', type: formatType, range: { min, max } }
  }
  if (formatType === 'list') {
    const list = /^\[(.*)\]$/s.exec(argument)
    const options = list?.[1]?.split(',').map((option) => option.trim()).filter((option) => option !== '') ?? []
    if (options.length === 0) return `"${argument}" is not a list of options such as [a,b,c]`
    return { kind: 'type', type: formatType, options }
  }
  return `\${${type}} takes no argument like "${argument}"`
}

function checkRegex(source: string, offset: number, problems: TemplateProblem[]): void {
  const compiled = compileRe2(source)
  if (compiled.ok) return
  if (compiled.perlOnly !== undefined) {
    // Real packs ship these; Palette cannot check such a value, so it is a warning rather than a refusal.
    const what = compiled.perlOnly === 'lookaround' ? 'lookaround' : 'a backreference'
    problems.push({ severity: 'warning', message: `the regex /${source}/ uses ${what}, which RE2 (Palette's regex engine) does not support`, offset })
    return
  }
  problems.push({ severity: 'error', message: `the regex /${source}/ is not valid RE2 (Palette's regex engine): ${compiled.problem}`, offset })
}
