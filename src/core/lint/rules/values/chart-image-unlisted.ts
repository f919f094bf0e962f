import { findChartImages } from '../../../chart/chartImages'
import type { ChartImage } from '../../../chart/chartImages'
import type { ChartInfo } from '../../../chart/chartInfo'
import { listedCoversImage } from '../../../chart/checkImages'
import { isPlainObject } from '../../../data/isPlainObject'
import { normalizeImageReference } from '../../../images/imageReference'
import { VALUES_YAML } from '../../../pack/pack'
import { packSection } from '../../../values/packContents'
import { addChartImage } from '../../fixes/valuesFixes'
import type { FindingDraft, LintContext, Rule } from '../../types'

// Chart infos are cached per chart bytes (lintContext), so this reads each chart's values once, not per keystroke.
const imagesOfChart = new WeakMap<ChartInfo, ChartImage[]>()

function chartImages(chart: ChartInfo): ChartImage[] {
  let images = imagesOfChart.get(chart)
  if (!images) {
    images = findChartImages(chart)
    imagesOfChart.set(chart, images)
  }
  return images
}

/** The listed references in their full form; undefined when `pack.content.images` is there but not a list. */
function listedImages(context: LintContext): Set<string> | undefined {
  const content = packSection(context)?.content
  const images = isPlainObject(content) ? content.images : undefined
  if (images === undefined || images === null) return new Set()
  if (!Array.isArray(images)) return undefined
  const listed = new Set<string>()
  for (const entry of images) {
    const image = isPlainObject(entry) ? entry.image : undefined
    // The same normal form findChartImages gives, so `nginx` matches `docker.io/library/nginx`.
    if (typeof image === 'string') listed.add(normalizeImageReference(image) ?? image.trim())
  }
  return listed
}

/** The deepest part of `/pack/content/images` that exists, for the finding's place. */
function listPointer(context: LintContext): string {
  const pack = packSection(context)
  if (!pack) return ''
  if (!isPlainObject(pack.content)) return '/pack'
  return pack.content.images === undefined ? '/pack/content' : '/pack/content/images'
}

/** R21: images the pack's charts name (values, image annotations) are listed in `pack.content.images`. */
export const chartImageUnlisted: Rule = {
  id: 'pack-values/chart-image-unlisted',
  severity: 'warning',
  description: 'Images a chart of the pack names (in its values or image annotations) should be listed in `pack.content.images`.',
  spec: 'R21',
  *check(context: LintContext): Iterable<FindingDraft> {
    if (context.values === undefined || context.values.errors.length > 0) return
    const listed = listedImages(context)
    if (!listed) return
    const pointer = listPointer(context)
    const reported = new Set<string>()
    for (const inspection of context.charts.values()) {
      if (!inspection.ok) continue
      const chart = inspection.chart
      for (const { image, sources } of chartImages(chart)) {
        if (reported.has(image) || [...listed].some((reference) => listedCoversImage(reference, image))) continue
        reported.add(image)
        yield {
          file: VALUES_YAML,
          pointer,
          // Published packs often leave optional images out; the extraction cannot tell which ones a release uses.
          ...(context.mode === 'import' ? { severity: 'info' as const } : {}),
          message: `The chart \`${chart.folder}\` names the image ${image} (${sources.join('; ')}), but \`pack.content.images\` does not list it, so air-gapped installs will not mirror it.`,
          hint: 'Add it under `pack.content.images`, unless the pack\'s values turn off what uses it.',
          // Not safe: a listed image is mirrored and scanned; the user decides whether the pack deploys it.
          fixes: [{ fixId: 'add-image', title: `Add ${image} to pack.content.images`, safe: false, args: { image } }],
        }
      }
    }
  },
  fixes: { 'add-image': addChartImage },
}
