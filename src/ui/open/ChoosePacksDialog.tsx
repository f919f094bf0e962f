import { useState } from 'react'
import { Dialog } from '../files/Dialog'
import type { OpenCandidate } from './classifySources'
import type { PackChoice } from './usePackOpener'

/** Lists the packs an archive or folder holds; the checked ones open, each as its own draft. */
export function ChoosePacksDialog({ choice, onChoose, onClose }: {
  readonly choice: PackChoice
  readonly onChoose: (chosen: readonly OpenCandidate[]) => void
  readonly onClose: () => void
}) {
  const [checked, setChecked] = useState<ReadonlySet<number>>(() => new Set(choice.candidates.map((_candidate, index) => index)))
  const sources = [...new Set(choice.candidates.map((candidate) => candidate.source))]
  const toggle = (index: number) => {
    const next = new Set(checked)
    if (!next.delete(index)) next.add(index)
    setChecked(next)
  }
  return (
    <Dialog title={`Open packs from ${sources.join(', ')}`} onClose={onClose}>
      <div className="app-dialog__body">
        <p>{choice.candidates.length} packs were found. Each one you choose opens as its own draft.</p>
        <ul className="choose-packs">
          {choice.candidates.map((candidate, index) => (
            <li key={`${candidate.source}:${candidate.label}:${String(index)}`}>
              <label>
                <input type="checkbox" checked={checked.has(index)} onChange={() => { toggle(index) }} />
                <span className="choose-packs__name">{candidate.label}</span>
                <span className="choose-packs__meta">{candidate.pack.files.size} files{sources.length > 1 ? ` · ${candidate.source}` : ''}</span>
              </label>
            </li>
          ))}
        </ul>
      </div>
      <div className="app-dialog__buttons">
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button
          type="button"
          className="button button--primary"
          disabled={checked.size === 0}
          onClick={() => { onChoose(choice.candidates.filter((_candidate, index) => checked.has(index))) }}
        >
          {checked.size === 1 ? 'Open 1 pack' : `Open ${String(checked.size)} packs`}
        </button>
      </div>
    </Dialog>
  )
}
