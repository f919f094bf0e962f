import { RE2JS } from 're2js'

/** Regex syntax of JavaScript and PCRE that RE2 deliberately lacks. */
export type PerlOnlySyntax = 'lookaround' | 'backreference'

/** A schema.yaml regex compiled the way Palette compiles it: RE2 syntax, matched in linear time. */
export type Re2Compiled = { readonly ok: true; readonly regex: RE2JS } | { readonly ok: false; readonly problem: string; readonly perlOnly: PerlOnlySyntax | undefined }

// Compiling is the slow part; values are checked on every keystroke against the same few patterns.
const MAX_CACHED = 256
const cache = new Map<string, Re2Compiled>()

/**
 * Compiles `source` with RE2 semantics (`(?i)`, `\z`, `[[:digit:]]`, `(?P<name>` are valid; lookaround and
 * backreferences are not). Never throws; `perlOnly` names JavaScript-only syntax RE2 refuses.
 */
export function compileRe2(source: string, flags = 0): Re2Compiled {
  const key = `${flags}:${source}`
  const cached = cache.get(key)
  if (cached) return cached
  let compiled: Re2Compiled
  try {
    compiled = { ok: true, regex: RE2JS.compile(source, flags) }
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error)
    compiled = { ok: false, problem: detail, perlOnly: usesPerlOnlySyntax(source) }
  }
  if (cache.size >= MAX_CACHED) cache.clear()
  cache.set(key, compiled)
  return compiled
}

/** True when `text` contains a match of `source` (unanchored, like Go's MatchString); undefined when it does not compile. */
export function re2Test(source: string, text: string, flags = 0): boolean | undefined {
  const compiled = compileRe2(source, flags)
  return compiled.ok ? compiled.regex.test(text) : undefined
}

/** RE2 flags for callers that build patterns themselves. */
export const RE2_DOTALL = RE2JS.DOTALL

/** Lookaround or backreferences: JavaScript and PCRE syntax that RE2 deliberately lacks. */
export function usesPerlOnlySyntax(source: string): PerlOnlySyntax | undefined {
  if (/\(\?<?[=!]/.test(source)) return 'lookaround'
  if (/\\[1-9]|\\k</.test(source)) return 'backreference'
  return undefined
}
