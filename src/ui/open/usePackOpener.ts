import { useState } from 'react'
import type { DragEvent } from 'react'
import type { ChartForPack, Pack } from '../../core'
import { usePackStore } from '../state/usePackStore'
import type { OpenCandidate, OpenFailure } from './classifySources'
import { takeDroppedItems } from './droppedSources'
import { classifySourcesInWorker } from './openClient'
import type { OpenSource } from './openSource'

/** Several packs found at once, for the user to pick from, and the notes to show once they are opened. */
export interface PackChoice {
  readonly candidates: readonly OpenCandidate[]
  readonly notes: readonly string[]
}

/** Opening packs from archives, folders and drops: what happened, and the choice when a source holds several packs. */
export interface PackOpener {
  readonly open: (sources: readonly OpenSource[] | (() => Promise<OpenSource[]>)) => Promise<void>
  readonly busy: boolean
  readonly failures: readonly OpenFailure[]
  readonly status: string | undefined
  /** Packs to choose from, when the sources held more than one. */
  readonly choice: PackChoice | undefined
  readonly choose: (chosen: readonly OpenCandidate[]) => void
  /** Charts opened as packs, waiting for the "new pack from a chart" review, one at a time. */
  readonly chartsToReview: readonly ChartForPack[]
  /** The reviewed chart became this pack (a new draft); the next chart's review follows. */
  readonly createFromChart: (pack: Pack, notes: readonly string[]) => void
  /** The user cancelled the first chart's review: no draft is made of it. */
  readonly skipChart: () => void
  readonly dismiss: () => void
  /** A status line from elsewhere (a chart dropped on the file tree). */
  readonly report: (status: string) => void
}

/** The state behind "Open pack…", "Open folder…" and dropping on the page. */
export function usePackOpener(): PackOpener {
  const store = usePackStore()
  const [busy, setBusy] = useState(false)
  const [failures, setFailures] = useState<readonly OpenFailure[]>([])
  const [status, setStatus] = useState<string>()
  const [choice, setChoice] = useState<PackChoice>()
  const [chartsToReview, setChartsToReview] = useState<readonly ChartForPack[]>([])

  const openCandidates = (chosen: readonly OpenCandidate[], notes: readonly string[]) => {
    for (const candidate of chosen) store.replacePack(candidate.pack, candidate.lintMode)
    const opened = chosen.length === 0 ? [] : [`Opened ${chosen.map((candidate) => candidate.label).join(', ')}.`]
    const lines = [...opened, ...notes]
    setStatus(lines.length > 0 ? lines.join(' ') : undefined)
  }

  return {
    busy,
    failures,
    status,
    choice,
    async open(sources) {
      setBusy(true)
      setFailures([])
      setStatus(undefined)
      try {
        const list = typeof sources === 'function' ? await sources() : sources
        // The archive readers run in a worker (loaded with the first pack opened, not with the start
        // page): inflating and checking a large archive never freezes the page.
        const classified = await classifySourcesInWorker(list)
        if (classified.failures.length > 0) {
          // All or nothing: a drop of three folders where one is bad opens none, so nothing half-happens.
          setFailures(classified.failures)
          return
        }
        setChartsToReview(classified.charts)
        if (classified.candidates.length > 1) {
          setChoice({ candidates: classified.candidates, notes: classified.notes })
        } else {
          openCandidates(classified.candidates, classified.notes)
        }
      } catch (error) {
        setFailures([{ archive: 'the dropped items', file: undefined, message: error instanceof Error ? error.message : String(error) }])
      } finally {
        setBusy(false)
      }
    },
    choose(chosen) {
      openCandidates(chosen, choice?.notes ?? [])
      setChoice(undefined)
    },
    chartsToReview,
    createFromChart(pack, notes) {
      const [reviewed] = chartsToReview
      store.replacePack(pack, 'author')
      setStatus([`Made a new pack from the Helm chart ${reviewed?.fileName ?? ''}.`, ...notes].join(' '))
      setChartsToReview(chartsToReview.slice(1))
    },
    skipChart() {
      setChartsToReview(chartsToReview.slice(1))
    },
    dismiss() {
      setFailures([])
      setStatus(undefined)
      setChoice(undefined)
      setChartsToReview([])
    },
    report: setStatus,
  }
}

/** Drop handlers for the whole page: archives and folders dropped anywhere are opened. */
export function usePageDrop(opener: PackOpener): { readonly dragging: boolean; readonly handlers: Readonly<Record<'onDragOver' | 'onDragLeave' | 'onDrop', (event: DragEvent) => void>> } {
  const [dragging, setDragging] = useState(false)
  return {
    dragging,
    handlers: {
      onDragOver(event) {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        setDragging(true)
      },
      onDragLeave(event) {
        // Leaving a child for another child is not leaving the page.
        if (event.relatedTarget === null || !event.currentTarget.contains(event.relatedTarget as Node)) setDragging(false)
      },
      onDrop(event) {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        setDragging(false)
        void opener.open(takeDroppedItems(event.dataTransfer))
      },
    },
  }
}
