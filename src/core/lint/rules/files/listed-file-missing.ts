import type { Rule } from '../../types'
import { listedPathProblem, listedPaths, packPathOf } from './listedPaths'

/** R8: every file pack.json lists in kubeManifests / charts exists in the pack. */
export const listedFileMissing: Rule = {
  id: 'files/listed-file-missing',
  severity: 'error',
  description: 'Every file listed in pack.json kubeManifests and charts exists in the pack.',
  spec: 'R8',
  *check(context) {
    const files = [...context.pack.files.keys()]
    for (const item of listedPaths(context)) {
      // Malformed items are reported by files/listed-path-form.
      if (typeof item.value !== 'string' || listedPathProblem(item.key, item.value) !== undefined) continue
      const path = packPathOf(item.value)
      if (context.pack.files.has(path)) continue
      const sameButCase = files.find((file) => file.toLowerCase() === path.toLowerCase())
      yield {
        file: 'pack.json',
        pointer: item.pointer,
        message: `pack.json lists '${item.value}' in ${item.key}, but the pack has no such file`,
        hint: sameButCase !== undefined ? `Paths are case-sensitive: the pack has '${sameButCase}'.` : 'Add the file to the pack or remove it from the list.',
      }
    }
  },
}
