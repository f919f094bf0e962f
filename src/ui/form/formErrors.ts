import { parsePointer } from '../../core/text/jsonPointer'
import type { Finding } from '../../core'

/** rjsf's nested error shape: `{ field: { __errors: [...] , child: {...} } }`. */
export interface FieldErrors {
  __errors?: string[]
  [child: string]: FieldErrors | string[] | undefined
}

/** The DOM id rjsf gives the field a pack.json JSON pointer names: `/a/0/b` → `root_a_0_b`. */
export function pointerToFieldId(pointer: string): string {
  return ['root', ...parsePointer(pointer)].join('_')
}

/** pack.json findings with a pointer, as rjsf `extraErrors` (message plus hint, on the field they name). */
export function findingsToExtraErrors(findings: readonly Finding[]): FieldErrors {
  const root: FieldErrors = {}
  for (const finding of findings) {
    if (finding.file !== 'pack.json' || finding.pointer === undefined || finding.severity !== 'error') continue
    let node = root
    for (const segment of parsePointer(finding.pointer)) {
      const existing = node[segment]
      const child: FieldErrors = typeof existing === 'object' && !Array.isArray(existing) ? existing : {}
      node[segment] = child
      node = child
    }
    node.__errors = [...(node.__errors ?? []), finding.message]
  }
  return root
}
