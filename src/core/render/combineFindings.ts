import { IMAGE_NOT_LISTED_RULE_ID } from '../images/imageRuleIds'
import type { Finding } from '../lint/types'

/** The lint rule that guesses a chart's images from its values (see lint/rules/values/chart-image-unlisted.ts). */
const CHART_IMAGE_UNLISTED_RULE_ID = 'pack-values/chart-image-unlisted'

function fixImage(finding: Finding): string | undefined {
  const image = finding.fixes?.[0]?.args.image
  return typeof image === 'string' ? image : undefined
}

/**
 * Lint's findings followed by the render checks'. An image that rendering shows deployed and unlisted
 * is reported once, by the render check (it knows the template that deploys it); lint's guess from
 * the chart's values for the same image is dropped. Images only lint finds (rendering turned off,
 * or a values path the templates skip) keep lint's finding.
 */
export function combineFindings(lint: readonly Finding[], rendered: readonly Finding[]): Finding[] {
  const renderedUnlisted = new Set<string>()
  for (const finding of rendered) {
    const image = finding.ruleId === IMAGE_NOT_LISTED_RULE_ID ? fixImage(finding) : undefined
    if (image !== undefined) renderedUnlisted.add(image)
  }
  if (renderedUnlisted.size === 0) return [...lint, ...rendered]
  const kept = lint.filter((finding) => {
    if (finding.ruleId !== CHART_IMAGE_UNLISTED_RULE_ID) return true
    const image = fixImage(finding)
    return image === undefined || !renderedUnlisted.has(image)
  })
  return [...kept, ...rendered]
}
