import type { Rule } from '../../types'
import { chartImageUnlisted } from './chart-image-unlisted'
import { chartKeyMismatch } from './chart-key-mismatch'
import { chartValuesMisplaced } from './chart-values-misplaced'
import { chartValuesSchema } from './chart-values-schema'
import { contentImages } from './content-images'
import { indentation } from './indentation'
import { installPriorityFormat } from './install-priority-format'
import { macroQuoting } from './macro-quoting'
import { manifestKeyMismatch } from './manifest-key-mismatch'
import { namespaceFormat } from './namespace-format'
import { namespaceRequired } from './namespace-required'
import { packSection } from './pack-section'
import { releaseNameOverride } from './release-name-override'
import { valuesSyntax } from './syntax'
import { unknownChartKey } from './unknown-chart-key'

/** The values rules, in the order they run. */
export const VALUES_RULES: readonly Rule[] = [
  valuesSyntax,
  packSection,
  namespaceRequired,
  namespaceFormat,
  installPriorityFormat,
  contentImages,
  chartImageUnlisted,
  chartKeyMismatch,
  chartValuesMisplaced,
  chartValuesSchema,
  unknownChartKey,
  manifestKeyMismatch,
  releaseNameOverride,
  macroQuoting,
  indentation,
]
