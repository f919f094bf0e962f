import type { Rule } from '../../types'

/** The values rules, in the order they run. */
export const VALUES_RULES: readonly Rule[] = []
