import { useState } from 'react'
import { checkImagesAgainstCharts, listedContentImages } from '../../core/chart/checkImages'
import { inspectChart } from '../../core/chart/inspectChart'
import { readTextFile, setTextFile, VALUES_YAML } from '../../core/pack/pack'
import { addContentImage, removeContentImage } from '../../core/values/contentImagesEdit'
import type { ChartInfo, ImageCheck as ImageCheckResult } from '../../core'
import { applyPackEdit } from '../files/packActions'
import type { PackEdit } from '../files/packActions'
import { usePackStore } from '../state/usePackStore'
import type { Pack } from '../../core'

function editValues(pack: Pack, edit: (text: string) => string): PackEdit {
  const text = readTextFile(pack, VALUES_YAML)
  if (text === undefined) return { pack, note: 'The pack has no values.yaml.' }
  try {
    return { pack: setTextFile(pack, VALUES_YAML, edit(text)) }
  } catch (error) {
    return { pack, note: `values.yaml was left as it is: ${error instanceof Error ? error.message : String(error)}.` }
  }
}

async function chartsOf(pack: Pack): Promise<ChartInfo[]> {
  const charts: ChartInfo[] = []
  for (const [path, bytes] of pack.files) {
    if (!path.toLowerCase().endsWith('.tgz')) continue
    const inspection = await inspectChart(bytes)
    if (inspection.ok) charts.push(inspection.chart)
  }
  return charts
}

/** "Check images against charts": images the charts name that the list lacks, and listed images no chart names. */
export function ImageCheck() {
  const store = usePackStore()
  const [result, setResult] = useState<ImageCheckResult>()
  const [note, setNote] = useState('')

  const check = async () => {
    const pack = store.currentPack()
    const listed = listedContentImages(readTextFile(pack, VALUES_YAML) ?? '')
    setResult(checkImagesAgainstCharts(listed, await chartsOf(pack)))
  }
  const apply = (edit: (text: string) => string) => {
    setNote(applyPackEdit(store, (pack) => editValues(pack, edit)) ?? '')
    void check()
  }

  return (
    <div className="image-check">
      <button type="button" className="button" onClick={() => { void check() }}>Check images against charts</button>
      {result !== undefined && (
        <div role="region" aria-label="Images check">
          {result.missing.length === 0 && result.unnamed.length === 0 && <p>pack.content.images lists every image the charts name, and nothing else.</p>}
          {result.missing.length > 0 && <h3>Named by the charts, missing from pack.content.images</h3>}
          <ul>
            {result.missing.map((image) => (
              <li key={image.image}>
                <code>{image.image}</code> <span className="chart-pack__note">from {image.sources.join(', ')}</span>{' '}
                <button type="button" className="button" aria-label={`Add ${image.image}`} onClick={() => { apply((text) => addContentImage(text, image.image)) }}>Add</button>
              </li>
            ))}
          </ul>
          {result.unnamed.length > 0 && <h3>Listed, but no chart names them</h3>}
          <ul>
            {result.unnamed.map((image) => (
              <li key={image}>
                <code>{image}</code>{' '}
                <button type="button" className="button" aria-label={`Remove ${image}`} onClick={() => { apply((text) => removeContentImage(text, image)) }}>Remove</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {note !== '' && <p className="panel__problem" role="alert">{note}</p>}
    </div>
  )
}
