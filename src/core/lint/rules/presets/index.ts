import type { Rule } from '../../types'

/** The presets rules, in the order they run. */
export const PRESETS_RULES: readonly Rule[] = []
