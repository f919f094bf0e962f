import { isCollection, isScalar, visit } from 'yaml'
import { VALUES_YAML } from '../../../pack/pack'
import { createLineIndex } from '../../../text/lineIndex'
import { replaceIndentTabs } from '../../fixes/valuesFixes'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** After this many findings the rest of the file is summed up in one finding. */
const MAX_REPORTED_LINES = 10

/**
 * Lines whose indentation is free text: the inside of multi-line scalars (block scalars, folded
 * plain or quoted text) and of multi-line flow collections.
 */
function freeTextLines(context: LintContext, lineOf: (offset: number) => number): Set<number> {
  const lines = new Set<number>()
  const document = context.values?.document
  if (!document) return lines
  const mark = (range: readonly [number, number, number] | null | undefined): void => {
    if (!range) return
    const first = lineOf(range[0])
    const last = lineOf(Math.max(range[0], range[1] - 1))
    for (let line = first + 1; line <= last; line++) lines.add(line)
  }
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node)) mark(node.range)
    },
    Map(_key, node) {
      if (isCollection(node) && node.flow) {
        mark(node.range)
        return visit.SKIP
      }
      return undefined
    },
    Seq(_key, node) {
      if (node.flow) {
        mark(node.range)
        return visit.SKIP
      }
      return undefined
    },
  })
  return lines
}

/** R37: values.yaml is indented with spaces, in steps of two (pack-central's validate-values.sh). */
export const indentation: Rule = {
  id: 'pack-values/indentation',
  severity: 'warning',
  description: 'values.yaml should be indented with spaces, not tabs, in multiples of two.',
  spec: 'R37',
  *check(context: LintContext): Iterable<FindingDraft> {
    const text = context.text(VALUES_YAML)
    if (text === undefined) return
    const index = createLineIndex(text)
    const skip = freeTextLines(context, (offset) => index.positionAt(offset).line)
    const sourceLines = text.split(/\r\n|\r|\n/)
    let reported = 0
    let more = 0
    let firstUnreported = 0
    const unreportedTabLines: number[] = []
    for (const [position, line] of sourceLines.entries()) {
      const lineNumber = position + 1
      const indent = /^[ \t]*/.exec(line)?.[0] ?? ''
      const rest = line.slice(indent.length)
      if (rest === '' || rest.startsWith('#') || skip.has(lineNumber)) continue
      const problem = indent.includes('\t')
        ? { message: 'This line is indented with a tab; YAML allows only spaces.', hint: 'Replace the tab with spaces.' }
        : indent.length % 2 === 1
          ? { message: `This line is indented by ${indent.length} ${indent.length === 1 ? 'space' : 'spaces'}, not a multiple of two.`, hint: 'Indent by two spaces per level.' }
          : undefined
      if (!problem) continue
      if (reported >= MAX_REPORTED_LINES) {
        if (more === 0) firstUnreported = lineNumber
        if (indent.includes('\t')) unreportedTabLines.push(lineNumber)
        more++
        continue
      }
      reported++
      const fixes = indent.includes('\t') ? [{ fixId: 'tabs-to-spaces', title: 'Replace the tab with two spaces', safe: true, args: { lines: [lineNumber] } }] : []
      yield { file: VALUES_YAML, line: lineNumber, column: 1, ...problem, ...(fixes.length > 0 ? { fixes } : {}) }
    }
    if (more > 0) {
      const fixes = unreportedTabLines.length > 0
        ? [{ fixId: 'tabs-to-spaces', title: `Replace the tabs on ${unreportedTabLines.length} more ${unreportedTabLines.length === 1 ? 'line' : 'lines'} with two spaces each`, safe: true, args: { lines: unreportedTabLines } }]
        : []
      yield {
        file: VALUES_YAML,
        line: firstUnreported,
        column: 1,
        message: `${more} more ${more === 1 ? 'line has' : 'lines have'} tabs or odd indentation.`,
        hint: 'Re-indent the file with two spaces per level.',
        ...(fixes.length > 0 ? { fixes } : {}),
      }
    }
  },
  fixes: { 'tabs-to-spaces': replaceIndentTabs },
}
