import { isMap, isScalar, visit } from 'yaml'
import type { Node as YamlNode } from 'yaml'
import { VALUES_YAML } from '../../../pack/pack'
import { createLineIndex } from '../../../text/lineIndex'
import type { FindingDraft, LintContext, Rule } from '../../types'

const PROFILE_VARIABLE = /\{\{-?\s*\.spectro\.var\./

/** R35: macros are quoted so YAML keeps them as text; profile variables never go under `pack.content`. */
export const macroQuoting: Rule = {
  id: 'pack-values/macro-quoting',
  severity: 'error',
  description: 'Macros such as `{{ .spectro.system.cluster.name }}` must be quoted; profile variables may not appear under `pack.content`.',
  spec: 'R35',
  *check(context: LintContext): Iterable<FindingDraft> {
    const view = context.values
    const text = context.text(VALUES_YAML)
    if (!view || text === undefined) return
    if (!text.includes('{{')) return
    const lines = createLineIndex(text)
    const unquoted: number[] = []
    visit(view.document, {
      Map(_key, node) {
        const start = node.range?.[0]
        if (node.flow && start !== undefined && text.startsWith('{{', start)) {
          unquoted.push(start)
          return visit.SKIP
        }
        return undefined
      },
    })
    for (const offset of unquoted) {
      const end = text.indexOf('}}', offset)
      const macro = text.slice(offset, end === -1 ? offset + 2 : end + 2).split('\n')[0] ?? ''
      yield {
        file: VALUES_YAML,
        ...lines.positionAt(offset),
        message: `The macro ${macro} is not quoted, so YAML reads it as a mapping instead of text.`,
        hint: `Wrap it in quotes: '${macro}'.`,
      }
    }
    const content: unknown = view.document.getIn(['pack', 'content'], true)
    const range = isMap(content) || isScalar(content) ? (content as YamlNode).range : undefined
    if (!range) return
    const section = text.slice(range[0], range[1])
    const variable = /\{\{-?\s*\.spectro\.var\.[^}]*\}\}/g
    for (const match of section.matchAll(variable)) {
      if (!PROFILE_VARIABLE.test(match[0])) continue
      yield {
        file: VALUES_YAML,
        ...lines.positionAt(range[0] + match.index),
        message: `The profile variable ${match[0]} is under \`pack.content\`, which Palette fills itself and which cannot hold profile variables.`,
        hint: 'Write the real image or chart reference here, and use the variable in chart or manifest values instead.',
      }
    }
  },
}
