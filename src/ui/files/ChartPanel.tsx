import { useState } from 'react'
import { readTextFile, VALUES_YAML } from '../../core/pack/pack'
import { valuesHasKey } from '../../core/values/valuesEdit'
import type { ChartInfo } from '../../core'
import { useAppState, usePackStore } from '../state/usePackStore'
import { ConfirmDialog } from './Dialog'
import { applyPackEdit, putChartDefaultValues, removeChart } from './packActions'
import { useChartInspection } from './useChartInspection'
import { ImageCheck } from '../chartPack/ImageCheck'
import './files.css'

type ChartDialog = 'replace-values' | 'remove'

/** What the core read from one chart archive, with its actions. */
export function ChartPanel({ path }: { readonly path: string }) {
  const store = usePackStore()
  const bytes = useAppState((state) => state.pack.files.get(path))
  const valuesText = useAppState((state) => readTextFile(state.pack, VALUES_YAML))
  const inspection = useChartInspection(bytes)
  const [dialog, setDialog] = useState<ChartDialog>()
  const [removeValues, setRemoveValues] = useState(true)
  const [status, setStatus] = useState('')

  if (bytes === undefined) return <section className="panel" aria-label={`Chart ${path}`}><p>The pack has no file {path}.</p></section>
  const chart: ChartInfo | undefined = inspection?.ok === true ? inspection.chart : undefined
  const valuesKey = chart !== undefined ? `charts.${chart.folder}` : undefined
  const hasValuesKey = chart !== undefined && valuesText !== undefined && valuesHasKey(valuesText, ['charts', chart.folder])

  const putDefaultValues = (overwrite: boolean) => {
    if (chart?.valuesYaml === undefined) return
    const { folder, valuesYaml } = chart
    const note = applyPackEdit(store, (pack) => putChartDefaultValues(pack, folder, valuesYaml, overwrite))
    setStatus(note ?? `The chart's default values are now under charts.${folder} in values.yaml.`)
  }

  return (
    <section className="panel" aria-label={`Chart ${path}`}>
      <h2>{path}</h2>
      {inspection === undefined && <p role="status">Reading the chart…</p>}
      {inspection?.ok === false && <p className="panel__problem" role="alert">This archive could not be read as a Helm chart: {inspection.problem}</p>}
      {chart !== undefined && (
        <dl>
          <dt>Chart name</dt><dd>{chart.name}</dd>
          <dt>Version</dt><dd>{chart.version}</dd>
          {chart.appVersion !== undefined && <><dt>App version</dt><dd>{chart.appVersion}</dd></>}
          {chart.description !== undefined && <><dt>Description</dt><dd>{chart.description}</dd></>}
          <dt>Folder in the archive</dt><dd><code>{chart.folder}</code> (its values go under <code>charts.{chart.folder}</code> in values.yaml)</dd>
          <dt>Dependencies</dt>
          <dd>
            {chart.dependencies.length === 0 ? 'none' : (
              <ul>{chart.dependencies.map((dependency) => <li key={dependency.name}>{dependency.name} {dependency.version}{dependency.repository !== undefined ? ` from ${dependency.repository}` : ''}</li>)}</ul>
            )}
          </dd>
        </dl>
      )}
      <div className="panel__actions">
        {chart !== undefined && (
          <button
            className="button button--primary"
            type="button"
            disabled={chart.valuesYaml === undefined || valuesText === undefined}
            title={chart.valuesYaml === undefined ? 'The chart has no values.yaml.' : valuesText === undefined ? 'The pack has no values.yaml.' : undefined}
            onClick={() => { if (hasValuesKey) setDialog('replace-values'); else putDefaultValues(false) }}
          >
            Put the chart&apos;s default values under <code>charts.{chart.folder}</code> in values.yaml
          </button>
        )}
        <button type="button" className="button" onClick={() => { setDialog('remove') }}>Remove chart…</button>
      </div>
      <ImageCheck />
      <p role="status">{status}</p>
      {dialog === 'replace-values' && (
        <ConfirmDialog title={`Replace ${valuesKey ?? ''}?`} confirmLabel="Replace" onConfirm={() => { putDefaultValues(true) }} onClose={() => { setDialog(undefined) }}>
          <p>values.yaml already has <code>{valuesKey}</code>. Replace what is there with the chart&apos;s default values? Your current values under that key are lost (the rest of values.yaml stays as it is).</p>
        </ConfirmDialog>
      )}
      {dialog === 'remove' && (
        <ConfirmDialog
          title={`Remove ${path}?`}
          confirmLabel="Remove chart"
          onConfirm={() => {
            const folder = hasValuesKey && removeValues ? chart.folder : undefined
            applyPackEdit(store, (pack) => removeChart(pack, path, folder))
            store.selectFile('pack.json')
          }}
          onClose={() => { setDialog(undefined) }}
        >
          <p>The archive is removed from the pack and from pack.json&apos;s charts.</p>
          {hasValuesKey && (
            <label><input type="checkbox" checked={removeValues} onChange={(event) => { setRemoveValues(event.target.checked) }} /> Also remove <code>{valuesKey}</code> from values.yaml</label>
          )}
        </ConfirmDialog>
      )}
    </section>
  )
}
