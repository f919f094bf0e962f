import { CHARTS_DIR, MANIFESTS_DIR } from '../../../pack/pack'
import type { Rule } from '../../types'
import { listedPackPaths } from './listedPaths'

/** R9: manifest and chart files in the pack that pack.json does not list are never deployed. */
export const unlistedFile: Rule = {
  id: 'files/unlisted-file',
  severity: 'warning',
  description: 'Every manifests/*.yaml and charts/*.tgz file in the pack is listed in pack.json.',
  spec: 'R9',
  *check(context) {
    if (context.packJsonObject === undefined) return
    const manifests = listedPackPaths(context, 'kubeManifests')
    const charts = listedPackPaths(context, 'charts')
    for (const path of context.pack.files.keys()) {
      if (path.startsWith(MANIFESTS_DIR) && /\.ya?ml$/i.test(path) && !manifests.has(path)) {
        yield {
          file: path,
          message: `${path} is not listed in pack.json kubeManifests, so Palette will not apply it`,
          hint: `Add '${path}' to kubeManifests in pack.json, or remove the file.`,
        }
      }
      const isChart = path.startsWith(CHARTS_DIR) && !path.slice(CHARTS_DIR.length).includes('/') && /\.tgz$/i.test(path)
      if (isChart && !charts.has(path)) {
        yield {
          file: path,
          message: `${path} is not listed in pack.json charts, so Palette will not install it`,
          hint: `Add '${path}' to charts in pack.json, or remove the file.`,
        }
      }
    }
  },
}
