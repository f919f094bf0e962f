import { findValuesReferences } from '../../../manifests/goTemplate'
import { presetAddedValues } from '../../../presets/presetsModel'
import { VALUES_YAML } from '../../../pack/pack'
import { createLineIndex } from '../../../text/lineIndex'
import { dottedPathExists } from '../../../values/dottedPath'
import { fileBasename, manifestPaths, valuesObject } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

/** Actions that test or default a value work when it is missing: only plain output needs it. */
const TOLERANT_ACTION = /^(if|else|with|range|not|and|or|hasKey|empty)\b|\bdefault\b|\bhasKey\b|\bempty\b/

/** A manifest's `{{ .Values.x }}` output reads a value that exists under `manifests.<name>` in values.yaml. */
export const manifestValuesReference: Rule = {
  id: 'manifests/values-reference',
  severity: 'warning',
  description: 'Each `{{ .Values.x }}` a manifest prints should exist under `manifests.<manifest name>` in values.yaml.',
  spec: '3.1, 3.4',
  *check(context: LintContext): Iterable<FindingDraft> {
    const values = valuesObject(context)
    if (!values) return
    const added = presetAddedValues(context)
    for (const path of manifestPaths(context)) {
      const text = context.text(path)
      if (text === undefined) continue
      if (!text.includes('.Values')) continue
      const name = fileBasename(path)
      const lines = createLineIndex(text)
      const reported = new Set<string>()
      for (const reference of findValuesReferences(text)) {
        if (TOLERANT_ACTION.test(reference.action.body)) continue
        const fullPath = ['manifests', name, ...reference.path].join('.')
        const dotted = reference.path.join('.')
        if (reported.has(dotted)) continue
        if (dottedPathExists(values, fullPath) || added.some((fragment) => dottedPathExists(fragment, fullPath))) continue
        reported.add(dotted)
        yield {
          file: path,
          ...lines.positionAt(reference.offset),
          message: `The manifest prints .Values.${dotted}, but values.yaml has no \`manifests.${name}.${dotted}\`, so it renders empty.`,
          hint: `Add \`${reference.path.at(-1) ?? dotted}\` under \`manifests.${name}\` in ${VALUES_YAML}, or guard it with \`| default\`.`,
        }
      }
    }
  },
}
