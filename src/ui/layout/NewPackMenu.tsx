import { useRef } from 'react'
import { usePackStore } from '../state/usePackStore'
import { TEMPLATE_CHOICES } from '../chartPack/templateChoices'
import { ChartFileInput } from '../chartPack/ChartFileInput'
import { useChartPackStart } from '../chartPack/useChartPackStart'
import { MenuButton } from './MenuButton'

/** "New pack" menu: a new draft from a template of the chosen kind, or from Helm charts. */
export function NewPackMenu() {
  const store = usePackStore()
  const chartInput = useRef<HTMLInputElement>(null)
  const fromChart = useChartPackStart()
  return (
    <>
      <MenuButton
        label="New pack"
        menuLabel="New pack"
        entries={[
          ...TEMPLATE_CHOICES.map((choice) => ({ label: choice.label, onSelect: () => { void choice.start(store) } })),
          { label: 'From a Helm chart…', onSelect: () => { chartInput.current?.click() } },
        ]}
      />
      <ChartFileInput ref={chartInput} label="Helm chart files for a new pack" onPick={(files) => { void fromChart.start(files) }} />
      {fromChart.problem !== '' && <p className="panel__problem" role="alert">{fromChart.problem}</p>}
      {fromChart.dialog}
    </>
  )
}
