import { useState } from 'react'
import type { DragEvent } from 'react'
import { usePackStore } from '../state/usePackStore'
import { describeChartUpload, uploadCharts } from './chartUpload'
import { filesOf } from './fileList'

/** Drop handlers that add dropped chart archives to the pack; spread them on any element (the tree, the app). */
export interface ChartDropHandlers {
  readonly onDragOver: (event: DragEvent) => void
  readonly onDragLeave: () => void
  readonly onDrop: (event: DragEvent) => void
}

/**
 * Lets the user drop `.tgz` charts on an element. `onResult` gets a status line ("Added charts/…").
 * The drop stops here, so a tree inside an app that also accepts drops does not add a chart twice.
 */
export function useChartDrop(onResult: (message: string) => void): { readonly dragging: boolean; readonly handlers: ChartDropHandlers } {
  const store = usePackStore()
  const [dragging, setDragging] = useState(false)
  const handlers: ChartDropHandlers = {
    onDragOver(event) {
      if (!event.dataTransfer.types.includes('Files')) return
      event.preventDefault()
      setDragging(true)
    },
    onDragLeave() { setDragging(false) },
    onDrop(event) {
      event.preventDefault()
      event.stopPropagation()
      setDragging(false)
      void uploadCharts(store, filesOf(event.dataTransfer.files)).then((result) => { onResult(describeChartUpload(result)) })
    },
  }
  return { dragging, handlers }
}
