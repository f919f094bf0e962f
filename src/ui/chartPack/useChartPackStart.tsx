import { useState } from 'react'
import type { DragEvent, ReactNode } from 'react'
import type { ChartForPack } from '../../core'
import { usePackStore } from '../state/usePackStore'
import { filesOf } from '../files/fileList'
import { lazyPanel } from '../layout/lazyPanel'

// The start page offers charts; reading and reviewing them (tar, YAML, the chart code) loads on first use.
const ChartPackDialog = lazyPanel('the chart review', () => import('./ChartPackDialog').then((module) => module.ChartPackDialog), { loadErrorsOnly: true })

/** Starting a new pack from chart files: read them, review in a dialog, then create the draft. */
export interface ChartPackStart {
  /** Reads the files; the review dialog opens when at least one is a chart. */
  readonly start: (files: readonly File[]) => Promise<void>
  /** Drop handlers for a drop zone (the start page). */
  readonly dropHandlers: { onDragOver: (event: DragEvent) => void; onDragLeave: () => void; onDrop: (event: DragEvent) => void }
  readonly dragging: boolean
  /** Problems with the files, one sentence each ('' when none). */
  readonly problem: string
  /** The review dialog, when open; render it anywhere. */
  readonly dialog: ReactNode
}

export function useChartPackStart(onCreated?: () => void): ChartPackStart {
  const store = usePackStore()
  const [charts, setCharts] = useState<readonly ChartForPack[]>()
  const [problem, setProblem] = useState('')
  const [dragging, setDragging] = useState(false)

  const start = async (files: readonly File[]) => {
    const { readDroppedCharts } = await import('./readDroppedCharts')
    const read = await readDroppedCharts(files)
    setProblem(read.problems.join(' '))
    if (read.charts.length > 0) setCharts(read.charts)
  }
  const dialog = charts === undefined ? null : (
    <ChartPackDialog
      charts={charts}
      onClose={() => { setCharts(undefined) }}
      onCreate={(pack, notes) => {
        setCharts(undefined)
        setProblem(notes.join(' '))
        store.replacePack(pack, 'author')
        onCreated?.()
      }}
    />
  )
  return {
    start,
    dragging,
    problem,
    dialog,
    dropHandlers: {
      onDragOver(event) {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        setDragging(true)
      },
      onDragLeave() { setDragging(false) },
      onDrop(event) {
        setDragging(false)
        // Only chart archives are reviewed here; packs, folders and other files go on to the page's opener.
        const files = filesOf(event.dataTransfer.files)
        if (files.length === 0 || !files.every((file) => file.name.toLowerCase().endsWith('.tgz'))) return
        event.preventDefault()
        event.stopPropagation()
        void start(files)
      },
    },
  }
}
