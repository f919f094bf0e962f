import { describe, expect, it } from 'vitest'
import type { RenderedDocument } from '../../core/render/renderTypes'
import { hasRenderParts, renderParts, settingsKey } from './renderProtocol'
import { applyResponse, runFindings, runningPart, startRun, timeOutPart } from './renderRun'

const CHART = 'charts/app-1.0.0.tgz'
const MANIFEST = 'manifests/web.yaml'
const document: RenderedDocument = { source: 'manifest', owner: MANIFEST, template: MANIFEST, index: 0, text: 'kind: Service' }

describe('render parts', () => {
  it('are the chart archives, then the manifests, each sorted, as renderPack renders them', () => {
    expect(renderParts(['pack.json', 'manifests/b.yml', CHART, 'charts/a.tgz', 'manifests/a.yaml', 'charts/app/values.yaml', 'README.md'])).toEqual(['charts/a.tgz', CHART, 'manifests/a.yaml', 'manifests/b.yml'])
  })

  it('say whether a pack has anything to render', () => {
    expect(hasRenderParts(['pack.json', 'values.yaml'])).toBe(false)
    expect(hasRenderParts(['pack.json', MANIFEST])).toBe(true)
  })

  it('settings keys ignore the order presets were chosen in', () => {
    expect(settingsKey({ kubeVersion: '1.34', macroSamples: undefined, presets: ['a:x', 'b:y'] })).toBe(settingsKey({ kubeVersion: '1.34', macroSamples: undefined, presets: ['b:y', 'a:x'] }))
    expect(settingsKey({ kubeVersion: '1.33', macroSamples: undefined, presets: [] })).not.toBe(settingsKey({ kubeVersion: '1.34', macroSamples: undefined, presets: [] }))
  })
})

describe('a render run', () => {
  it('follows the worker part by part and ends with the checks', () => {
    let run = startRun(3, [CHART, MANIFEST], new Set(), 20_000)
    expect(run.parts.map((part) => [part.part, part.kind, part.status])).toEqual([[CHART, 'chart', 'waiting'], [MANIFEST, 'manifest', 'waiting']])
    run = applyResponse(run, { type: 'part-started', id: 3, part: CHART })
    expect(runningPart(run)).toBe(CHART)
    const inputNeeded = { ruleId: 'render/input-needed', severity: 'warning' as const, file: CHART, message: 'app.host is required' }
    run = applyResponse(run, { type: 'part-done', id: 3, part: CHART, documents: [], findings: [inputNeeded] })
    run = applyResponse(run, { type: 'part-started', id: 3, part: MANIFEST })
    run = applyResponse(run, { type: 'part-done', id: 3, part: MANIFEST, documents: [document], findings: [] })
    expect(run.done).toBe(false)
    const schema = { ruleId: 'rendered/schema', severity: 'error' as const, file: MANIFEST, line: 1, message: 'bad' }
    run = applyResponse(run, { type: 'done', id: 3, findings: [schema], images: [], renderMs: 12 })
    expect(run).toMatchObject({ done: true, renderMs: 12, images: [] })
    expect(run.parts.map((part) => part.status)).toEqual(['done', 'done'])
    expect(run.parts[1]?.documents).toEqual([document])
    expect(runFindings(run)).toEqual([inputNeeded, schema])
  })

  it('ignores answers to another request', () => {
    const run = startRun(3, [CHART], new Set(), 20_000)
    expect(applyResponse(run, { type: 'part-started', id: 2, part: CHART })).toBe(run)
    expect(applyResponse(run, { type: 'engine-ready', startMs: 5 })).toBe(run)
  })

  it('is stopped by the watchdog only while the part is still rendering, with a finding naming the chart', () => {
    const started = applyResponse(startRun(1, [CHART, MANIFEST], new Set(), 20_000), { type: 'part-started', id: 1, part: CHART })
    expect(timeOutPart(started, MANIFEST, 20_000)).toBeUndefined()
    const stopped = timeOutPart(started, CHART, 20_000)
    expect(stopped?.parts[0]).toMatchObject({ status: 'timeout' })
    expect(runFindings(stopped ?? started)).toEqual([{
      ruleId: 'render/timeout',
      severity: 'error',
      file: CHART,
      message: `rendering the chart ${CHART} took longer than 20 s and was stopped; it is not rendered again until it or values.yaml changes`,
      hint: 'Look for a template that loops without end (`range`, `until`) or includes itself.',
    }])
    const finished = applyResponse(started, { type: 'part-done', id: 1, part: CHART, documents: [], findings: [] })
    expect(timeOutPart(finished, CHART, 20_000)).toBeUndefined()
  })

  it('shows a part skipped for having timed out before as timed out, with its finding', () => {
    const run = startRun(2, [CHART, MANIFEST], new Set([MANIFEST]), 5_000)
    expect(run.parts.map((part) => part.status)).toEqual(['waiting', 'timeout'])
    expect(runFindings(run).map((finding) => [finding.ruleId, finding.file, finding.message])).toEqual([
      ['render/timeout', MANIFEST, `rendering the manifest ${MANIFEST} took longer than 5 s and was stopped; it is not rendered again until it or values.yaml changes`],
    ])
  })

  it('reports a finding every part repeats (values.yaml unreadable) once', () => {
    const unreadable = { ruleId: 'render/chart-unrenderable', severity: 'error' as const, file: 'values.yaml', line: 2, message: 'values.yaml cannot be read' }
    let run = startRun(1, [CHART, MANIFEST], new Set(), 20_000)
    run = applyResponse(run, { type: 'part-done', id: 1, part: CHART, documents: [], findings: [unreadable] })
    run = applyResponse(run, { type: 'part-done', id: 1, part: MANIFEST, documents: [], findings: [unreadable] })
    expect(runFindings(run)).toEqual([unreadable])
  })

  it('records a worker failure', () => {
    const run = applyResponse(startRun(1, [CHART], new Set(), 20_000), { type: 'failed', id: 1, message: 'engine.wasm could not be downloaded' })
    expect(run).toMatchObject({ done: true, failure: 'engine.wasm could not be downloaded' })
  })
})
