import { useEffect, useState } from 'react'
import { inspectChart } from '../../core/chart/inspectChart'
import type { ChartInspection } from '../../core'

/** What the core reads from a chart archive; undefined while reading. Re-reads when the bytes change. */
export function useChartInspection(bytes: Uint8Array | undefined): ChartInspection | undefined {
  const [result, setResult] = useState<{ readonly bytes: Uint8Array; readonly inspection: ChartInspection }>()
  useEffect(() => {
    if (bytes === undefined) return
    let current = true
    void inspectChart(bytes).then((inspection) => {
      if (current) setResult({ bytes, inspection })
    })
    return () => { current = false }
  }, [bytes])
  return result !== undefined && result.bytes === bytes ? result.inspection : undefined
}
