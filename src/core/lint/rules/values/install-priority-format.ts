import { isScalar } from 'yaml'
import { VALUES_YAML } from '../../../pack/pack'
import { quoteInstallPriority } from '../../fixes/valuesFixes'
import type { FindingDraft, LintContext, Rule } from '../../types'

const KEY = 'spectrocloud.com/install-priority'
const POINTER = '/pack/spectrocloud.com~1install-priority'
const INTEGER = /^-?\d+$/

/** R19: the install priority is an integer written as a quoted string, such as "30". */
export const installPriorityFormat: Rule = {
  id: 'pack-values/install-priority-format',
  severity: 'error',
  description: '`pack."spectrocloud.com/install-priority"` must be a quoted integer such as "30".',
  spec: 'R19',
  *check(context: LintContext): Iterable<FindingDraft> {
    const view = context.values
    if (!view || view.errors.length > 0) return
    const node: unknown = view.document.getIn(['pack', KEY], true)
    if (node === undefined) return
    if (!isScalar(node)) {
      yield { file: VALUES_YAML, pointer: POINTER, message: 'The install priority must be a quoted integer such as "30", not a list or a mapping.' }
      return
    }
    const value = node.value
    if (typeof value === 'string') {
      if (!INTEGER.test(value.trim())) {
        yield { file: VALUES_YAML, pointer: POINTER, message: `The install priority "${value}" is not an integer.`, hint: 'Use a whole number such as "30" (negative numbers are allowed).' }
      }
      return
    }
    const text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
    const isInteger = typeof value === 'number' && Number.isInteger(value)
    yield {
      file: VALUES_YAML,
      pointer: POINTER,
      message: isInteger
        ? `The install priority ${String(text)} is written without quotes, so YAML reads it as a number; Palette expects a string.`
        : text === undefined ? 'The install priority is empty.' : `The install priority ${text} is not a quoted integer.`,
      hint: isInteger ? `Quote it: ${KEY}: "${text}"` : 'Use a quoted whole number such as "30".',
      ...(isInteger ? { fixes: [{ fixId: 'quote', title: `Quote the install priority: "${text}"`, safe: true, args: {} }] } : {}),
    }
  },
  fixes: { quote: quoteInstallPriority },
}
