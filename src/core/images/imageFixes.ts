import type { Finding, FixDescriptor, FixFunction } from '../lint/types'
import { ValuesEditError } from '../values/valuesEdit'
import { IMAGE_DRIFT_RULE_ID, IMAGE_NOT_LISTED_RULE_ID } from './compareImages'
import type { ImageRow } from './compareImages'
import { addImageToPackValues, replaceImageInPackValues } from './packImagesEdit'

export const ADD_IMAGE_FIX = 'add-image'
export const REPLACE_IMAGE_FIX = 'replace-image'

/** A values.yaml that cannot be edited any more (broken, or the entry gone) means nothing is left to do. */
function unlessStale(edit: FixFunction): FixFunction {
  return (pack, args) => {
    try {
      return edit(pack, args)
    } catch (error) {
      if (error instanceof ValuesEditError) return pack
      throw error
    }
  }
}

/**
 * The fixes of the image findings of rendered output, by rule id and fix id. They are no lint
 * rule's (the render checks report them), so `applyFix` looks here after the rules.
 */
export const RENDERED_IMAGE_FIXES: Readonly<Record<string, Readonly<Record<string, FixFunction>>>> = {
  [IMAGE_NOT_LISTED_RULE_ID]: {
    [ADD_IMAGE_FIX]: unlessStale((pack, args) => (typeof args.image === 'string' ? addImageToPackValues(pack, args.image) : pack)),
  },
  [IMAGE_DRIFT_RULE_ID]: {
    [REPLACE_IMAGE_FIX]: unlessStale((pack, args) =>
      (typeof args.listed === 'string' && typeof args.image === 'string' ? replaceImageInPackValues(pack, args.listed, args.image) : pack)),
  },
}

function renderedPlace(finding: Finding): { template: string; index: number; path: string } | undefined {
  const rendered = (finding as Finding & { readonly rendered?: { template: string; index: number; path: string } }).rendered
  return typeof rendered === 'object' ? rendered : undefined
}

function fixFor(finding: Finding, rows: readonly ImageRow[]): FixDescriptor | undefined {
  if (finding.ruleId === IMAGE_NOT_LISTED_RULE_ID) {
    const place = renderedPlace(finding)
    const row = rows.find((candidate) => candidate.status === 'not-listed' && candidate.renderedAt.some((at) =>
      at.file === finding.file && at.template === place?.template && at.index === place.index && at.path === place.path))
    if (row === undefined) return undefined
    return { ruleId: finding.ruleId, fixId: ADD_IMAGE_FIX, title: `Add ${row.image} to pack.content.images`, safe: false, args: { image: row.image } }
  }
  if (finding.ruleId === IMAGE_DRIFT_RULE_ID) {
    for (const row of rows) {
      const listed = row.status === 'drift' ? row.listedAs.find((entry) => entry.line === finding.line) : undefined
      if (listed !== undefined) {
        return { ruleId: finding.ruleId, fixId: REPLACE_IMAGE_FIX, title: `Replace listed ${listed.text} with ${row.image}`, safe: false, args: { listed: listed.text, image: row.image } }
      }
    }
  }
  return undefined
}

/** The image findings with their one-click fixes (the rows of the same comparison say which image). */
export function withImageFixes(findings: readonly Finding[], rows: readonly ImageRow[]): Finding[] {
  return findings.map((finding) => {
    const fix = finding.fixes === undefined ? fixFor(finding, rows) : undefined
    return fix === undefined ? finding : { ...finding, fixes: [fix] }
  })
}
