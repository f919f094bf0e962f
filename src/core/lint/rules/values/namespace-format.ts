import { isPlainObject } from '../../../data/isPlainObject'
import { VALUES_YAML } from '../../../pack/pack'
import { formatPointer } from '../../../text/jsonPointer'
import { packSection } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const MAX_LENGTH = 63

/** A namespace that is a macro is resolved at deploy time: only Palette can check it. */
function isMacro(value: string): boolean {
  return value.includes('{{')
}

function problemOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'is not a string'
  if (isMacro(value)) return undefined
  if (value.length > MAX_LENGTH) return `is ${value.length} characters long (at most ${MAX_LENGTH})`
  if (!NAMESPACE.test(value)) return 'may only hold lowercase letters, digits and `-`, and must start and end with a letter or digit'
  return undefined
}

function* additionalNamespaces(value: unknown): Iterable<readonly [string[], unknown]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield [[String(index)], item]
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) yield [[key], key]
  } else {
    yield [[], value]
  }
}

/** R18: `pack.namespace` and `pack.additionalNamespaces` are valid Kubernetes namespace names. */
export const namespaceFormat: Rule = {
  id: 'pack-values/namespace-format',
  severity: 'error',
  description: 'Namespaces in `pack.namespace` and `pack.additionalNamespaces` must be valid Kubernetes names.',
  spec: 'R18',
  *check(context: LintContext): Iterable<FindingDraft> {
    const pack = packSection(context)
    if (!pack) return
    const hint = 'Use lowercase letters, digits and `-` only, for example "my-app".'
    if (pack.namespace !== undefined && pack.namespace !== null && pack.namespace !== '') {
      const problem = problemOf(pack.namespace)
      if (problem) yield { file: VALUES_YAML, pointer: '/pack/namespace', message: `The namespace ${JSON.stringify(pack.namespace)} ${problem}.`, hint }
    }
    if (pack.additionalNamespaces === undefined || pack.additionalNamespaces === null) return
    for (const [path, name] of additionalNamespaces(pack.additionalNamespaces)) {
      const problem = problemOf(name)
      if (problem) {
        yield {
          file: VALUES_YAML,
          pointer: formatPointer(['pack', 'additionalNamespaces', ...path]),
          message: `The additional namespace ${JSON.stringify(name)} ${problem}.`,
          hint,
        }
      }
    }
  },
}
