import type { Rule } from '../../types'
import { listedPathProblem, listedPaths } from './listedPaths'

/** R8: every kubeManifests / charts item is a relative path inside the pack with the right extension. */
export const listedPathForm: Rule = {
  id: 'files/listed-path-form',
  severity: 'error',
  description: 'Every kubeManifests and charts entry in pack.json is a relative path inside the pack, .yaml/.yml for manifests and .tgz for charts.',
  spec: 'R8',
  *check(context) {
    for (const item of listedPaths(context)) {
      const problem = listedPathProblem(item.key, item.value)
      if (problem === undefined) continue
      yield {
        file: 'pack.json',
        pointer: item.pointer,
        message: problem,
        hint: item.key === 'charts' ? "List charts as 'charts/<chart>-<version>.tgz'." : "List manifests as 'manifests/<name>.yaml'.",
      }
    }
  },
}
