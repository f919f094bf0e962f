import { useMemo, useState } from 'react'
import { findChartImages } from '../../core/chart/chartImages'
import { chartDisplayName, chartPack, chartVersionChoices } from '../../core/chart/chartPack'
import { guessAddonType } from '../../core/chart/guessAddonType'
import { ADDON_TYPES } from '../../core/schema/packJsonSchema'
import type { ChartForPack, Pack } from '../../core'
import { Dialog } from '../files/Dialog'
import './chartPack.css'

/** The review before a pack is made from charts: version, addon type (guessed), images (ticked). */
export function ChartPackDialog({ charts, intro, onCreate, onClose }: {
  readonly charts: readonly ChartForPack[]
  /** Why the review opened, when the user did not ask for a new pack (a chart opened as a pack). */
  readonly intro?: string
  readonly onCreate: (pack: Pack, notes: readonly string[]) => void
  readonly onClose: () => void
}) {
  const [first] = charts
  const versions = useMemo(() => (first === undefined ? [] : chartVersionChoices(first.chart)), [first])
  const guess = useMemo(() => (first === undefined ? undefined : guessAddonType(first.chart)), [first])
  const images = useMemo(() => {
    const merged = new Map<string, string[]>()
    for (const { chart } of charts) for (const image of findChartImages(chart)) merged.set(image.image, [...(merged.get(image.image) ?? []), ...image.sources.map((source) => (charts.length > 1 ? `${chart.name} ${source}` : source))])
    return [...merged]
  }, [charts])
  const [version, setVersion] = useState(versions[0]?.version ?? '1.0.0')
  const [addonType, setAddonType] = useState(guess?.addonType ?? 'app services')
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set())
  if (first === undefined) return null

  const create = () => {
    const { pack, notes } = chartPack(charts, { version, addonType, images: images.map(([image]) => image).filter((image) => !unticked.has(image)) })
    onCreate(pack, notes)
  }
  const toggle = (image: string, ticked: boolean) => {
    const next = new Set(unticked)
    if (ticked) next.delete(image)
    else next.add(image)
    setUnticked(next)
  }

  return (
    <Dialog title={`New pack from ${charts.map((entry) => entry.chart.name).join(', ')}`} onClose={onClose}>
      <div className="app-dialog__body chart-pack">
        {intro !== undefined && <p>{intro}</p>}
        <p>
          <strong>{chartDisplayName(first.chart)}</strong> ({charts.map((entry) => `${entry.fileName}: chart ${entry.chart.version}${entry.chart.appVersion !== undefined ? `, app ${entry.chart.appVersion}` : ''}`).join('; ')}).
          The pack gets each chart&apos;s default values under <code>charts.&lt;folder&gt;</code>, its README and the images you tick.
        </p>
        <fieldset>
          <legend>Pack version</legend>
          {versions.map((choice) => (
            <label key={choice.version} className="chart-pack__choice">
              <input type="radio" name="pack-version" value={choice.version} checked={version === choice.version} onChange={() => { setVersion(choice.version) }} />
              {' '}{choice.version} <span className="chart-pack__note">({choice.label})</span>
            </label>
          ))}
          <p className="chart-pack__note">The docs recommend the upstream app&apos;s version.</p>
        </fieldset>
        <label className="chart-pack__field">
          Add-on type
          <select value={addonType} onChange={(event) => { setAddonType(event.target.value) }}>
            {ADDON_TYPES.map((type) => <option key={type} value={type}>{type}</option>)}
          </select>
        </label>
        {guess !== undefined && <p className="chart-pack__note" data-testid="addon-type-guess">Guessed “{guess.addonType}” from the {guess.reason}; check it.</p>}
        <fieldset>
          <legend>Images for pack.content.images ({images.length - unticked.size} of {images.length} ticked)</legend>
          {images.length === 0 && <p>The charts name no image; list them in values.yaml later.</p>}
          <ul className="chart-pack__images">
            {images.map(([image, sources]) => (
              <li key={image}>
                <label>
                  <input type="checkbox" checked={!unticked.has(image)} onChange={(event) => { toggle(image, event.target.checked) }} />
                  {' '}<code>{image}</code>
                </label>
                <span className="chart-pack__note"> from {sources.join(', ')}</span>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
      <div className="app-dialog__buttons">
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button button--primary" onClick={create}>Create pack</button>
      </div>
    </Dialog>
  )
}
