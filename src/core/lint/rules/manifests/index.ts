import type { Rule } from '../../types'
import { manifestSyntax } from './syntax'
import { manifestValuesReference } from './values-reference'

/** The manifests rules, in the order they run. */
export const MANIFESTS_RULES: readonly Rule[] = [manifestSyntax, manifestValuesReference]
