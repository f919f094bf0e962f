import { useRef, useState } from 'react'
import { usePackStore } from '../state/usePackStore'
import { TEMPLATE_CHOICES, startChoice } from '../chartPack/templateChoices'
import { ChartFileInput } from '../chartPack/ChartFileInput'
import { useChartPackStart } from '../chartPack/useChartPackStart'
import { MenuButton } from './MenuButton'

/** "New pack" menu: a new draft from a template of the chosen kind, or from Helm charts. */
export function NewPackMenu() {
  const store = usePackStore()
  const chartInput = useRef<HTMLInputElement>(null)
  const fromChart = useChartPackStart()
  const [startProblem, setStartProblem] = useState<string>()
  const start = (choice: (typeof TEMPLATE_CHOICES)[number]) => {
    setStartProblem(undefined)
    void startChoice(choice, store).then(setStartProblem)
  }
  return (
    <>
      <MenuButton
        label="New pack"
        menuLabel="New pack"
        entries={[
          ...TEMPLATE_CHOICES.map((choice) => ({ label: choice.label, onSelect: () => { start(choice) } })),
          { label: 'From a Helm chart…', onSelect: () => { chartInput.current?.click() } },
        ]}
      />
      <ChartFileInput ref={chartInput} label="Helm chart files for a new pack" onPick={(files) => { void fromChart.start(files) }} />
      {fromChart.problem !== '' && <p className="panel__problem" role="alert">{fromChart.problem}</p>}
      {startProblem !== undefined && <p className="panel__problem" role="alert">{startProblem}</p>}
      {fromChart.dialog}
    </>
  )
}
