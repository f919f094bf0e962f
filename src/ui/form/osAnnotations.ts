import { OS_ANNOTATION_SETS } from '../../core'
import type { OsPackCloud } from '../../core'

/** The OS-pack annotations (spec section 5) for one cloud, added to the existing ones without overwriting values. */
export function withOsAnnotations(current: Readonly<Record<string, unknown>>, cloud: OsPackCloud): Record<string, unknown> {
  const existing = typeof current.annotations === 'object' && current.annotations !== null ? (current.annotations as Record<string, unknown>) : {}
  const annotations: Record<string, unknown> = { ...existing }
  for (const annotation of OS_ANNOTATION_SETS[cloud]) {
    if (annotation.key in annotations) continue
    annotations[annotation.key] = annotation.default ?? ''
  }
  return { ...current, cloudTypes: [cloud], annotations }
}
