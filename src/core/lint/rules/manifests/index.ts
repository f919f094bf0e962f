import type { Rule } from '../../types'

/** The manifests rules, in the order they run. */
export const MANIFESTS_RULES: readonly Rule[] = []
