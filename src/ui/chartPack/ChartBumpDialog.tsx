import { useMemo, useState } from 'react'
import { applyChartBump, planChartBump } from '../../core/chart/replaceChart'
import type { ChartBump } from '../../core'
import { Dialog } from '../files/Dialog'
import { applyPackEdit } from '../files/packActions'
import { usePackStore } from '../state/usePackStore'

function shown(value: unknown): string {
  return value === undefined ? '(not set)' : JSON.stringify(value)
}

/**
 * A new version of a chart already in the pack: replace the old archive and carry the user's changed
 * values over (three-way merge), choosing per conflict between the pack's value and the new default.
 */
export function ChartBumpDialog({ bump, onDone }: { readonly bump: ChartBump; readonly onDone: (message: string) => void }) {
  const store = usePackStore()
  const plan = useMemo(() => {
    try {
      return planChartBump(store.getState().pack, bump)
    } catch (error) {
      return error instanceof Error ? error.message : String(error)
    }
  }, [store, bump])
  const [takeTheirs, setTakeTheirs] = useState<ReadonlySet<string>>(new Set())
  const choose = (key: string, theirs: boolean) => {
    const next = new Set(takeTheirs)
    if (theirs) next.add(key)
    else next.delete(key)
    setTakeTheirs(next)
  }
  const replace = () => {
    let carried = 0
    const note = applyPackEdit(store, (pack) => {
      const result = applyChartBump(pack, bump, takeTheirs)
      carried = result.merge.carried.length
      return { pack: result.pack, ...(result.note !== undefined ? { note: result.note } : {}) }
    })
    store.selectFile(`charts/${bump.newFileName}`)
    onDone(note ?? `Replaced ${bump.oldPath} with charts/${bump.newFileName}; ${String(carried)} changed value${carried === 1 ? '' : 's'} carried over to the new defaults.`)
  }
  const title = `Replace ${bump.oldChart.name} ${bump.oldChart.version} with ${bump.newChart.version}?`
  return (
    <Dialog title={title} onClose={() => { onDone('') }}>
      <div className="app-dialog__body chart-pack">
        <p>
          <code>{bump.newFileName}</code> is a new version of <code>{bump.oldPath}</code> (chart <code>{bump.newChart.folder}</code>).
          Replacing it puts the new chart&apos;s defaults under <code>charts.{bump.newChart.folder}</code> and carries over the values you changed.
        </p>
        {typeof plan === 'string' ? <p className="panel__problem" role="alert">The values cannot be merged: {plan}. Replacing keeps your values as they are.</p> : (
          <>
            <p>{plan.carried.length} changed value{plan.carried.length === 1 ? '' : 's'} to carry over{plan.carried.length > 0 ? `: ${plan.carried.join(', ')}` : ''}.</p>
            {plan.conflicts.length > 0 && (
              <fieldset>
                <legend>Conflicts: you and the new chart both changed these</legend>
                <ul className="chart-pack__images" aria-label="Conflicts">
                  {plan.conflicts.map((conflict) => (
                    <li key={conflict.key}>
                      <code>{conflict.key}</code>: was {shown(conflict.base)}, yours {shown(conflict.mine)}, new chart {shown(conflict.theirs)}
                      <label className="chart-pack__choice"><input type="radio" name={`conflict-${conflict.key}`} checked={!takeTheirs.has(conflict.key)} onChange={() => { choose(conflict.key, false) }} /> Keep mine</label>
                      <label className="chart-pack__choice"><input type="radio" name={`conflict-${conflict.key}`} checked={takeTheirs.has(conflict.key)} onChange={() => { choose(conflict.key, true) }} /> Take the new default</label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            )}
          </>
        )}
      </div>
      <div className="app-dialog__buttons">
        <button type="button" className="button" onClick={() => { onDone('') }}>Cancel</button>
        <button type="button" className="button button--primary" onClick={replace} disabled={typeof plan === 'string'}>Replace and carry values over</button>
      </div>
    </Dialog>
  )
}
