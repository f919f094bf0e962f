import { useId, useState } from 'react'
import { Dialog } from './Dialog'

/** Asks for a name, checking it as the user types; submits only a valid name. */
export function NameDialog({ title, label, initialName, submitLabel, problemOf, onSubmit, onClose }: {
  readonly title: string
  readonly label: string
  readonly initialName: string
  readonly submitLabel: string
  /** Why a name is not acceptable, or undefined when it is. */
  readonly problemOf: (name: string) => string | undefined
  readonly onSubmit: (name: string) => void
  readonly onClose: () => void
}) {
  const [name, setName] = useState(initialName)
  const [touched, setTouched] = useState(false)
  const inputId = useId()
  const problemId = useId()
  const problem = problemOf(name)
  const shownProblem = touched ? problem : undefined
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          setTouched(true)
          if (problem === undefined) {
            onSubmit(name)
            onClose()
          }
        }}
      >
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          value={name}
          autoFocus
          spellCheck={false}
          aria-invalid={shownProblem !== undefined}
          aria-describedby={shownProblem !== undefined ? problemId : undefined}
          onChange={(event) => {
            setName(event.target.value)
            setTouched(true)
          }}
        />
        {shownProblem !== undefined && <p id={problemId} className="field-problem" role="alert">{shownProblem}</p>}
        <div className="app-dialog__buttons">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary">{submitLabel}</button>
        </div>
      </form>
    </Dialog>
  )
}
