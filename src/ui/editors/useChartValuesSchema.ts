import { useEffect } from 'react'
import { inspectChart } from '../../core/chart/inspectChart'
import { VALUES_SCHEMA } from '../../core/schema/valuesSchema'
import { valuesEditorSchema } from '../../core/values/chartValuesSchema'
import type { ChartInfo, Pack } from '../../core'
import { setValuesYamlSchema } from '../../editor/setupMonaco'
import { useAppState, usePackStore } from '../state/usePackStore'

// A chart's bytes change only when it is added or replaced: the signature names each archive's bytes
// by identity, so typing in values.yaml never rebuilds the schema.
const bytesIds = new WeakMap<Uint8Array, number>()
let nextBytesId = 0

function chartSignature(pack: Pack): string {
  const parts: string[] = []
  for (const [path, bytes] of pack.files) {
    if (!path.toLowerCase().endsWith('.tgz')) continue
    let id = bytesIds.get(bytes)
    if (id === undefined) {
      id = nextBytesId++
      bytesIds.set(bytes, id)
    }
    parts.push(`${path}#${String(id)}`)
  }
  return parts.sort().join('\n')
}

/**
 * Keeps values.yaml's completion and hover in step with the pack's charts: each chart's
 * values.schema.json, or its default values' keys and comments, under `charts.<folder>`.
 */
export function useChartValuesSchema(enabled: boolean): void {
  const signature = useAppState((state) => (enabled ? chartSignature(state.pack) : ''))
  const store = usePackStore()
  useEffect(() => {
    if (!enabled) return
    let cancelled = false
    // The charts the signature names: read now, not kept from a render.
    const archives = [...store.getState().pack.files].filter(([path]) => path.toLowerCase().endsWith('.tgz')).sort(([a], [b]) => a.localeCompare(b))
    void Promise.all(archives.map(([, bytes]) => inspectChart(bytes))).then((inspections) => {
      if (cancelled) return
      const charts = inspections.flatMap((inspection): ChartInfo[] => (inspection.ok ? [inspection.chart] : []))
      setValuesYamlSchema(valuesEditorSchema(VALUES_SCHEMA, charts))
    })
    return () => { cancelled = true }
  }, [enabled, signature, store])
}
