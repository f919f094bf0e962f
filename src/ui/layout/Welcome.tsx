import { useRef, useState } from 'react'
import { DraftList } from '../drafts/DraftList'
import { usePackStore } from '../state/usePackStore'
import { TEMPLATE_CHOICES, startChoice } from '../chartPack/templateChoices'
import { ChartFileInput } from '../chartPack/ChartFileInput'
import { useChartPackStart } from '../chartPack/useChartPackStart'

/** The start page: the ways to start a new pack (a template per layer, or Helm charts), and the drafts kept in this browser. */
export function Welcome() {
  const store = usePackStore()
  const fromChart = useChartPackStart()
  const [startProblem, setStartProblem] = useState<string>()
  const start = (choice: (typeof TEMPLATE_CHOICES)[number]) => {
    setStartProblem(undefined)
    void startChoice(choice, store).then(setStartProblem)
  }
  const chartInput = useRef<HTMLInputElement>(null)
  return (
    <section className={`welcome${fromChart.dragging ? ' welcome--dragging' : ''}`} aria-labelledby="welcome-title" {...fromChart.dropHandlers}>
      <h2 id="welcome-title">Create a Palette pack</h2>
      <p>Everything happens in this browser: nothing is uploaded. Drafts are saved here as you type. Drop Helm chart archives (.tgz) here to make a pack from them.</p>
      <div className="welcome__choices">
        {TEMPLATE_CHOICES.map((choice) => (
          <button key={choice.key} type="button" className="choice" onClick={() => { start(choice) }}>
            <span className="choice__title">New {choice.label.replace(/^M/, 'm')}</span>
            <span className="choice__text">{choice.description}</span>
          </button>
        ))}
        <button type="button" className="choice" onClick={() => chartInput.current?.click()}>
          <span className="choice__title">New pack from a Helm chart…</span>
          <span className="choice__text">Pick (or drop here) one or more chart .tgz files: pack.json, values, images and README come from them.</span>
        </button>
      </div>
      <ChartFileInput ref={chartInput} label="Helm chart files" onPick={(files) => { void fromChart.start(files) }} />
      {fromChart.problem !== '' && <p className="panel__problem" role="alert">{fromChart.problem}</p>}
      {startProblem !== undefined && <p className="panel__problem" role="alert">{startProblem}</p>}
      {fromChart.dialog}
      <DraftList />
    </section>
  )
}
