import type { FixArgument } from '../types'

/** Fix arguments arrive from a finding that may have crossed postMessage or been built by hand: read them defensively. */
type Args = Readonly<Record<string, FixArgument>>

/** A string argument, or undefined when it is missing or not a string. */
export function stringArg(args: Args, name: string): string | undefined {
  const value = args[name]
  return typeof value === 'string' ? value : undefined
}

/** A non-negative integer argument, or undefined. */
export function indexArg(args: Args, name: string): number | undefined {
  const value = args[name]
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined
}

/** A list-of-strings argument; empty when missing. */
export function listArg(args: Args, name: string): readonly string[] {
  const value = args[name]
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

/** A list-of-positive-integers argument (line numbers); empty when missing. */
export function lineListArg(args: Args, name: string): readonly number[] {
  const value = args[name]
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number' && Number.isInteger(item) && item > 0) : []
}
