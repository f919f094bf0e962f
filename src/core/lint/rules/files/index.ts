import type { Rule } from '../../types'

/** The files rules, in the order they run. */
export const FILES_RULES: readonly Rule[] = []
