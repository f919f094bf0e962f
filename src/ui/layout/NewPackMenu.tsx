import { useCallback, useId, useRef, useState } from 'react'
import { useDismiss } from './useDismiss'
import { usePackStore } from '../state/usePackStore'
import { TEMPLATE_CHOICES } from '../chartPack/templateChoices'
import { ChartFileInput } from '../chartPack/ChartFileInput'
import { useChartPackStart } from '../chartPack/useChartPackStart'

/** "New pack" menu: replaces the draft with a template of the chosen kind, or a pack made from charts. */
export function NewPackMenu() {
  const store = usePackStore()
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const chartInput = useRef<HTMLInputElement>(null)
  const fromChart = useChartPackStart()

  const close = useCallback(() => { setOpen(false) }, [])
  useDismiss(open, rootRef, close)

  return (
    <div className="menu" ref={rootRef}>
      <button type="button" className="button" aria-haspopup="true" aria-expanded={open} aria-controls={menuId} onClick={() => { setOpen(!open) }}>
        New pack ▾
      </button>
      {open && (
        <ul className="menu__list" id={menuId} aria-label="New pack">
          {TEMPLATE_CHOICES.map((choice) => (
            <li key={choice.key}>
              <button type="button" className="menu__item" onClick={() => { void choice.start(store); setOpen(false) }}>
                {choice.label}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="menu__item" onClick={() => { chartInput.current?.click(); setOpen(false) }}>From a Helm chart…</button>
          </li>
        </ul>
      )}
      <ChartFileInput ref={chartInput} label="Helm chart files for a new pack" onPick={(files) => { void fromChart.start(files) }} />
      {fromChart.problem !== '' && <p className="panel__problem" role="alert">{fromChart.problem}</p>}
      {fromChart.dialog}
    </div>
  )
}
