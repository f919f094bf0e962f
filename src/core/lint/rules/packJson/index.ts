import type { Rule } from '../../types'

/** The packJson rules, in the order they run. */
export const PACK_JSON_RULES: readonly Rule[] = []
