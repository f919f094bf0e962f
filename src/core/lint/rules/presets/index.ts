import type { Rule } from '../../types'
import { presetsAddFragment } from './add-fragment'
import { presetsAddRoot } from './add-root'
import { enabledPresetsComment } from './enabled-presets-comment'
import { presetsRemovePath } from './remove-path'
import { presetsStructure } from './structure'
import { presetsSyntax } from './syntax'

/** The presets rules, in the order they run. */
export const PRESETS_RULES: readonly Rule[] = [
  presetsSyntax,
  presetsStructure,
  presetsAddFragment,
  presetsAddRoot,
  presetsRemovePath,
  enabledPresetsComment,
]
