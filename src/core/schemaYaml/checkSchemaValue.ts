import { valid as validSemver } from 'semver'
import type { FormatToken, SchemaTemplate } from './parseSchemaTemplate'
import { RE2_DOTALL, re2Test } from './re2Regex'

const IPV4_SOURCE = '(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
const NUMBER_SOURCE = '-?\\d+(?:\\.\\d+)?'
const VERSION_SOURCE = 'v?\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?'

type TypeToken = Extract<FormatToken, { kind: 'type' }>

/** True when a value is unset: missing, null or an empty string. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === ''
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function matches(source: string, text: string): boolean {
  // A regex RE2 cannot compile is reported by the template rule; nothing to check here.
  return re2Test(source, text) ?? true
}

/** A scalar value as the text Palette compares. */
function scalarText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value)
}

function checkToken(token: TypeToken, value: unknown): string | undefined {
  const text = scalarText(value)
  switch (token.type) {
    case 'string':
    case 'password':
    case 'input':
      return token.regex !== undefined && !matches(token.regex, text) ? `does not match /${token.regex}/` : undefined
    case 'number': {
      const number = typeof value === 'number' ? value : new RegExp(`^${NUMBER_SOURCE}$`).test(text.trim()) ? Number(text) : Number.NaN
      if (Number.isNaN(number)) return 'is not a number'
      if (token.range && (number < token.range.min || number > token.range.max)) return `is outside the range ${token.range.min}-${token.range.max}`
      return token.regex !== undefined && !matches(token.regex, text) ? `does not match /${token.regex}/` : undefined
    }
    case 'boolean':
      return typeof value === 'boolean' || text === 'true' || text === 'false' ? undefined : 'is not true or false'
    case 'list':
      return token.options?.includes(text) ? undefined : `is not one of ${(token.options ?? []).join(', ')}`
    case 'ipv4':
      return new RegExp(`^${IPV4_SOURCE}$`).test(text) ? undefined : 'is not an IPv4 address'
    case 'version':
      return validSemver(text) ? undefined : 'is not a semantic version such as 1.2.3'
  }
}

function tokenSource(token: FormatToken): string {
  if (token.kind === 'literal') return escapeRegex(token.text)
  switch (token.type) {
    case 'number':
      return NUMBER_SOURCE
    case 'boolean':
      return '(?:true|false)'
    case 'list':
      return `(?:${(token.options ?? []).map(escapeRegex).join('|')})`
    case 'ipv4':
      return IPV4_SOURCE
    case 'version':
      return VERSION_SOURCE
    default:
      return '.*?'
  }
}

/**
 * Checks one value against a parsed template, the way Palette checks values on profile create.
 * Returns what is wrong in words, or undefined. Macros are resolved at deploy time and not checked.
 */
export function checkSchemaValue(template: SchemaTemplate, value: unknown): string | undefined {
  if (isEmpty(value)) return template.required ? 'is required but empty' : undefined
  if (typeof value === 'string' && value.includes('{{')) return undefined
  const tokens = template.format?.tokens ?? []
  if (tokens.length === 0) return undefined
  if (typeof value === 'object') return 'is a list or a mapping, but the schema describes a single value'
  const [only] = tokens
  if (tokens.length === 1 && only?.kind === 'type') return checkToken(only, value)
  // RE2 here too: several `.*?` tokens between literals backtrack polynomially in JavaScript.
  const whole = re2Test(`^${tokens.map(tokenSource).join('')}$`, scalarText(value), RE2_DOTALL)
  return whole !== false ? undefined : `does not have the form "${template.format?.pattern ?? ''}"`
}
