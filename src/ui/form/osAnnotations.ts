import { OS_ANNOTATION_SETS } from '../../core/schema/packJsonSchema'
import type { OsPackCloud } from '../../core'

/**
 * The OS-pack annotations (spec section 5) for one cloud, added to the existing ones without
 * overwriting values. Keys that only another cloud uses are dropped while still empty, so switching
 * from AWS to Azure does not leave a blank `imageId` behind; anything the user typed is kept.
 */
export function withOsAnnotations(current: Readonly<Record<string, unknown>>, cloud: OsPackCloud): Record<string, unknown> {
  const existing = typeof current.annotations === 'object' && current.annotations !== null ? (current.annotations as Record<string, unknown>) : {}
  const wanted = new Set(OS_ANNOTATION_SETS[cloud].map((annotation) => annotation.key))
  const otherClouds = new Set(Object.values(OS_ANNOTATION_SETS).flat().map((annotation) => annotation.key).filter((key) => !wanted.has(key)))
  const annotations: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(existing)) {
    if (otherClouds.has(key) && (value === '' || value === undefined)) continue
    annotations[key] = value
  }
  for (const annotation of OS_ANNOTATION_SETS[cloud]) {
    if (annotation.key in annotations) continue
    annotations[annotation.key] = annotation.default ?? ''
  }
  return { ...current, cloudTypes: [cloud], annotations }
}
