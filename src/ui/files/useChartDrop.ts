import { useState } from 'react'
import type { DragEvent, ReactNode } from 'react'
import { createElement } from 'react'
import type { ChartBump } from '../../core'
import { lazyPanel } from '../layout/lazyPanel'
import { usePackStore } from '../state/usePackStore'
import type { ChartUploadResult } from './chartUpload'
import { filesOf } from './fileList'

// Reading charts (tar, YAML) and the version review load with the first chart dropped or picked.
const ChartBumpDialog = lazyPanel('the chart review', () => import('../chartPack/ChartBumpDialog').then((module) => module.ChartBumpDialog), { loadErrorsOnly: true })

/** Drop handlers that add dropped chart archives to the pack; spread them on any element (the tree, the app). */
export interface ChartDropHandlers {
  readonly onDragOver: (event: DragEvent) => void
  readonly onDragLeave: () => void
  readonly onDrop: (event: DragEvent) => void
}

/** Chart drops and picks, with the review of new chart versions (render `bumpDialog`). */
export interface ChartDrop {
  readonly dragging: boolean
  readonly handlers: ChartDropHandlers
  /** Uploads picked files the same way as a drop. */
  readonly upload: (files: readonly File[]) => void
  /** The "replace with the new version" dialog, when one is waiting. */
  readonly bumpDialog: ReactNode
}

/**
 * Lets the user drop `.tgz` charts on an element. `onResult` gets a status line ("Added charts/…").
 * The drop stops here, so a tree inside an app that also accepts drops does not add a chart twice.
 * A new version of a chart already in the pack opens a dialog that replaces it and merges the values.
 */
export function useChartDrop(onResult: (message: string) => void): ChartDrop {
  const store = usePackStore()
  const [dragging, setDragging] = useState(false)
  const [bumps, setBumps] = useState<readonly ChartBump[]>([])
  const upload = (files: readonly File[]) => {
    void import('./chartUpload').then(async ({ describeChartUpload, uploadCharts }) => {
      const result: ChartUploadResult = await uploadCharts(store, files)
      onResult(describeChartUpload(result))
      if (result.bumps.length > 0) setBumps(result.bumps)
    }).catch((error: unknown) => { onResult(`Could not add the charts: ${error instanceof Error ? error.message : String(error)}`) })
  }
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
      upload(filesOf(event.dataTransfer.files))
    },
  }
  const [bump] = bumps
  const bumpDialog = bump === undefined ? null : createElement(ChartBumpDialog, {
    key: bump.newFileName,
    bump,
    onDone: (message: string) => {
      if (message !== '') onResult(message)
      setBumps(bumps.slice(1))
    },
  })
  return { dragging, handlers, upload, bumpDialog }
}
