import { useEffect, useId, useState } from 'react'
import type { Finding } from '../../core'
import { SeverityIcon } from '../problems/SeverityIcon'
import { usePackStore } from '../state/usePackStore'
import { ImagesPanel } from './ImagesPanel'
import { RenderedOutputEditor } from './RenderedOutputEditor'
import { renderProblemKind } from './renderedText'
import type { PartState, RenderRun } from './renderRun'
import type { RenderedFocus } from './renderService'
import { RenderSettingsBar } from './RenderSettingsBar'
import { useRenderSnapshot } from './useRenderSnapshot'
import './rendered.css'

type Tab = 'output' | 'images'

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`
}

/** What a part's entry in the list says about it. */
function partSummary(state: PartState): string {
  switch (state.status) {
    case 'waiting':
      return 'waiting'
    case 'rendering':
      return 'Rendering…'
    case 'timeout':
      return 'stopped: took too long'
  }
  const kinds = new Set(state.findings.map(renderProblemKind))
  if (kinds.has('broken')) return 'broken'
  if (kinds.has('input needed')) return 'input needed'
  return `${String(state.documents.length)} ${state.documents.length === 1 ? 'document' : 'documents'}`
}

function statusText(run: RenderRun | undefined, rendering: boolean, engineStartMs: number | undefined): string {
  if (run === undefined) return rendering ? 'Rendering…' : ''
  if (run.failure !== undefined) return ''
  if (!run.done || rendering) return 'Rendering…'
  const engine = engineStartMs === undefined ? '' : ` (the engine started in ${seconds(engineStartMs)})`
  return `Rendered in ${seconds(run.renderMs ?? 0)}${engine}.`
}

/**
 * What the pack deploys: each chart and manifest rendered with the pack's values (in a Worker),
 * its documents in a read-only editor with the checks' findings as markers, and the images it runs
 * against `pack.content.images`. The Kubernetes version, presets and macro samples are view state.
 */
export function RenderedView() {
  const store = usePackStore()
  const { service, snapshot } = useRenderSnapshot()
  const { run, rendering, settings, engineStartMs, focus } = snapshot
  // The user's choices, stamped with the focus request they came after: a newer request from the
  // Problems panel (a clicked finding) wins over them until the user chooses again.
  const [tabChoice, setTabChoice] = useState<{ readonly tab: Tab; readonly after: number }>({ tab: 'output', after: 0 })
  const [partChoice, setPartChoice] = useState<{ readonly part: string | undefined; readonly after: number }>({ part: undefined, after: 0 })
  const focusNonce = focus?.nonce ?? 0
  const tab = focus !== undefined && focus.nonce > tabChoice.after ? 'output' : tabChoice.tab
  const chosen = focus !== undefined && focus.nonce > partChoice.after ? focus.part : partChoice.part
  const setTab = (next: Tab) => { setTabChoice({ tab: next, after: focusNonce }) }
  const setChosen = (part: string) => { setPartChoice({ part, after: focusNonce }) }
  const tabsId = useId()
  useEffect(() => { service.renderSoon() }, [service])

  const parts = run?.parts ?? []
  const selected = parts.find((state) => state.part === chosen) ?? parts[0]
  const findings: readonly Finding[] = run === undefined ? [] : [...run.parts.flatMap((state) => state.findings), ...run.checkFindings]
  const imageRows = run?.done === true ? run.images : undefined
  const imageAttention = imageRows?.filter((row) => row.status === 'not-listed' || row.status === 'drift').length ?? 0

  return (
    <section className="rendered" aria-labelledby="rendered-title">
      <header className="rendered__header">
        <h2 id="rendered-title">Rendered</h2>
        {/* The exact figures ride along for `npm run bench`, which times the engine in a real browser. */}
        <p className="rendered__status" role="status" data-render-ms={run?.done === true ? run.renderMs : undefined} data-engine-start-ms={engineStartMs}>
          {statusText(run, rendering, engineStartMs)}
        </p>
        <button type="button" className="button" onClick={() => { store.selectFile('pack.json') }}>Back to the files</button>
      </header>
      <RenderSettingsBar settings={settings} onChange={service.setSettings} />
      {run?.failure !== undefined && <p className="banner banner--error" role="alert">The pack could not be rendered: {run.failure}</p>}
      {run === undefined && !rendering ? (
        <p className="rendered__empty">This pack has no chart and no manifest: there is nothing to render.</p>
      ) : (
        <>
          <div className="rendered__tabs" role="tablist" aria-label="Rendered output">
            <button type="button" role="tab" id={`${tabsId}-output`} aria-selected={tab === 'output'} aria-controls={`${tabsId}-output-panel`} onClick={() => { setTab('output') }}>Output</button>
            <button type="button" role="tab" id={`${tabsId}-images`} aria-selected={tab === 'images'} aria-controls={`${tabsId}-images-panel`} onClick={() => { setTab('images') }}>
              Images{imageRows === undefined ? '' : ` (${String(imageRows.length)}${imageAttention > 0 ? `, ${String(imageAttention)} to fix` : ''})`}
            </button>
          </div>
          {tab === 'output' ? (
            <div className="rendered__output" role="tabpanel" id={`${tabsId}-output-panel`} aria-labelledby={`${tabsId}-output`}>
              <ul className="rendered__parts" aria-label="Rendered charts and manifests">
                {parts.map((state) => (
                  <li key={state.part}>
                    <button type="button" className="rendered__part" aria-current={state === selected ? 'true' : undefined} onClick={() => { setChosen(state.part) }}>
                      <span className="rendered__part-name">{state.part}</span>
                      <span className={`rendered__part-status rendered__part-status--${state.status}`}>{partSummary(state)}</span>
                    </button>
                  </li>
                ))}
              </ul>
              {selected !== undefined && <PartOutput state={selected} findings={findings} focus={focus?.part === selected.part ? focus : undefined} />}
            </div>
          ) : (
            <div className="rendered__images" role="tabpanel" id={`${tabsId}-images-panel`} aria-labelledby={`${tabsId}-images`}>
              <ImagesPanel rows={imageRows} />
            </div>
          )}
        </>
      )}
    </section>
  )
}

/** One part: why it did not render, if so, and its documents with their findings as markers. */
function PartOutput({ state, findings, focus }: { readonly state: PartState; readonly findings: readonly Finding[]; readonly focus: RenderedFocus | undefined }) {
  const problems = state.findings.filter((finding) => renderProblemKind(finding) !== undefined)
  return (
    <div className="rendered__part-output" role="region" aria-label={`Output of ${state.part}`}>
      {problems.length > 0 && (
        <ul className="rendered__problems" aria-label={`Why ${state.part} did not render`}>
          {problems.map((finding, index) => (
            <li key={index} className={`rendered__problem rendered__problem--${renderProblemKind(finding) === 'input needed' ? 'input' : 'broken'}`}>
              <SeverityIcon severity={finding.severity} />
              <strong>{renderProblemKind(finding) === 'input needed' ? 'Input needed' : 'Broken'}:</strong> {finding.message}
              {finding.hint !== undefined && <span className="rendered__hint"> {finding.hint}</span>}
            </li>
          ))}
        </ul>
      )}
      {state.status === 'done' && state.documents.length === 0 && problems.length === 0 && <p>{state.part} renders no document with these values.</p>}
      {state.documents.length > 0 && <RenderedOutputEditor part={state.part} documents={state.documents} findings={findings} focus={focus} />}
      {(state.status === 'waiting' || state.status === 'rendering') && <p role="status">Rendering…</p>}
    </div>
  )
}
