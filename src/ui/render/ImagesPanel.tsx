import { useState } from 'react'
import type { ImageRow, ImageStatus } from '../../core/images/compareImages'
import { addImageToPackValues, replaceImageInPackValues } from '../../core/images/packImagesEdit'
import { useAppState, usePackStore } from '../state/usePackStore'

const STATUS_LABELS: Readonly<Record<ImageStatus, string>> = {
  listed: 'listed',
  'not-listed': 'rendered, not listed',
  drift: 'listed with another tag or registry',
  'not-rendered': 'listed, never rendered',
}

// The rows that need attention first; listed images last.
const STATUS_ORDER: readonly ImageStatus[] = ['not-listed', 'drift', 'not-rendered', 'listed']

/**
 * The images the rendered output runs against `pack.content.images`. Each action edits values.yaml
 * through the store as one undo step; nothing is ever deleted automatically.
 */
export function ImagesPanel({ rows }: { readonly rows: readonly ImageRow[] | undefined }) {
  const store = usePackStore()
  const readOnly = useAppState((state) => state.readOnly !== undefined)
  const [failure, setFailure] = useState<string>()
  if (rows === undefined) return <p role="status">The images are compared once the pack is rendered…</p>
  if (rows.length === 0) return <p>The rendered output runs no container image, and `pack.content.images` lists none.</p>

  const edit = (update: Parameters<typeof store.updatePack>[0]) => {
    setFailure(undefined)
    try {
      store.updatePack(update, { undoStep: 'own' })
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
    }
  }
  const sorted = [...rows].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
  return (
    <div className="images">
      {failure !== undefined && <p className="banner banner--error" role="alert">Could not edit values.yaml: {failure}</p>}
      <table className="images__table" aria-label="Images">
        <thead>
          <tr><th scope="col">Image</th><th scope="col">Status</th><th scope="col">Rendered at</th><th scope="col">Listed as</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={`${row.status}:${row.image}`} className={`images__row images__row--${row.status}`}>
              <td><code>{row.image}</code></td>
              <td>{STATUS_LABELS[row.status]}</td>
              <td>
                {row.renderedAt.length === 0 ? '—' : (
                  <ul className="images__places">
                    {row.renderedAt.map((place) => (
                      <li key={`${place.template}#${String(place.index)}:${place.path}`}>
                        {place.file} › {place.template} (document {place.index + 1}) › <code>{place.path}</code>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{row.listedAs.length === 0 ? '—' : row.listedAs.map((listed) => <div key={listed.index}><code>{listed.text}</code> (values.yaml line {listed.line})</div>)}</td>
              <td className="images__actions">
                {row.status === 'not-listed' && (
                  <button type="button" className="button button--small" disabled={readOnly} aria-label={`Add ${row.image} to pack.content.images`} onClick={() => { edit((pack) => addImageToPackValues(pack, row.image)) }}>
                    Add to pack.content.images
                  </button>
                )}
                {row.status === 'drift' && row.listedAs.map((listed) => (
                  <button key={listed.index} type="button" className="button button--small" disabled={readOnly} onClick={() => { edit((pack) => replaceImageInPackValues(pack, listed.text, row.image)) }}>
                    Replace listed {listed.text} with {row.image}
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
