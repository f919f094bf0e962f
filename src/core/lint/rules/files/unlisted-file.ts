import { CHARTS_DIR, MANIFESTS_DIR } from '../../../pack/pack'
import { removePackFile } from '../../fixes/fileFixes'
import { listFileInPackJson } from '../../fixes/packJsonFixes'
import type { FixOffer, Rule } from '../../types'
import { listedPackPaths } from './listedPaths'

/** Listing an unlisted file is what its place in manifests/ or charts/ says was meant; deleting it is a choice. */
function unlistedFixes(path: string, key: 'kubeManifests' | 'charts'): FixOffer[] {
  return [
    { fixId: 'list-file', title: `Add ${path} to ${key} in pack.json`, safe: true, args: { path, key } },
    { fixId: 'remove-file', title: `Delete ${path}`, safe: false, args: { path } },
  ]
}

/** R9: manifest and chart files in the pack that pack.json does not list are never deployed. */
export const unlistedFile: Rule = {
  id: 'files/unlisted-file',
  severity: 'warning',
  description: 'Every manifests/*.yaml and charts/*.tgz file in the pack is listed in pack.json, and charts/ holds no loose other files.',
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
          fixes: unlistedFixes(path, 'kubeManifests'),
        }
      }
      // Directly under charts/: an unpacked chart folder beside its .tgz is normal, a loose file is not.
      const topLevelInCharts = path.startsWith(CHARTS_DIR) && !path.slice(CHARTS_DIR.length).includes('/')
      if (topLevelInCharts && /\.tgz$/i.test(path) && !charts.has(path)) {
        yield {
          file: path,
          message: `${path} is not listed in pack.json charts, so Palette will not install it`,
          hint: `Add '${path}' to charts in pack.json, or remove the file.`,
          fixes: unlistedFixes(path, 'charts'),
        }
      } else if (topLevelInCharts && !/\.tgz$/i.test(path)) {
        yield {
          file: path,
          message: `${path} is not a chart archive (.tgz), so Palette ignores it`,
          hint: 'Remove it from charts/ (a leftover such as a .orig copy), or package it with helm package.',
          // Safe: Palette ignores the file, so deleting it changes nothing the cluster gets.
          fixes: [{ fixId: 'remove-file', title: `Delete ${path}`, safe: true, args: { path } }],
        }
      }
    }
  },
  fixes: { 'list-file': listFileInPackJson, 'remove-file': removePackFile },
}
