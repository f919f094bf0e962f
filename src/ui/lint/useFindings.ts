import { useSyncExternalStore } from 'react'
import type { Finding } from '../../core'
import { renderServiceFor } from '../render/renderService'
import type { RenderService } from '../render/renderService'
import type { PackStore } from '../state/packStore'
import { usePackStore } from '../state/usePackStore'
import { lintServiceFor } from './lintService'
import type { LintService } from './lintService'
import { combineFindings } from '../../core/render/combineFindings'

/** The pack's findings: lint's and, after lint settles, those of rendering the pack and checking the output. */
export interface PackFindings {
  readonly findings: readonly Finding[]
  /** Lint is checking a newer version of the pack. */
  readonly pending: boolean
  /** The pack is being rendered and its output checked; the render findings shown are the previous render's. */
  readonly rendering: boolean
}

interface CombinedFindings {
  readonly subscribe: (listener: () => void) => () => void
  readonly getSnapshot: () => PackFindings
}

const combined = new WeakMap<PackStore, CombinedFindings>()

/** One object per pair of snapshots, so React sees a stable snapshot between changes. */
function combine(lint: LintService, render: RenderService): CombinedFindings {
  let lintSnapshot = lint.getSnapshot()
  let renderSnapshot = render.getSnapshot()
  let value: PackFindings = { findings: combineFindings(lintSnapshot.findings, renderSnapshot.findings), pending: lintSnapshot.pending, rendering: renderSnapshot.rendering }
  return {
    subscribe(listener) {
      const offLint = lint.subscribe(listener)
      const offRender = render.subscribe(listener)
      return () => {
        offLint()
        offRender()
      }
    },
    getSnapshot() {
      const nextLint = lint.getSnapshot()
      const nextRender = render.getSnapshot()
      if (nextLint !== lintSnapshot || nextRender.findings !== renderSnapshot.findings || nextRender.rendering !== renderSnapshot.rendering) {
        const findings = nextLint.findings === lintSnapshot.findings && nextRender.findings === renderSnapshot.findings ? value.findings : combineFindings(nextLint.findings, nextRender.findings)
        value = { findings, pending: nextLint.pending, rendering: nextRender.rendering }
      }
      lintSnapshot = nextLint
      renderSnapshot = nextRender
      return value
    },
  }
}

/** Every current finding of a store: for code outside React (quick fixes read the latest ones). */
export function packFindingsFor(store: PackStore): CombinedFindings {
  let found = combined.get(store)
  if (!found) {
    found = combine(lintServiceFor(store), renderServiceFor(store))
    combined.set(store, found)
  }
  return found
}

/**
 * The current findings of the pack, computed off the main thread. `pending` while a newer pack is
 * being linted; `rendering` while it is being rendered (render findings arrive after lint's).
 */
export function useFindings(): PackFindings {
  const service = packFindingsFor(usePackStore())
  return useSyncExternalStore(service.subscribe, service.getSnapshot)
}

/**
 * Only the current findings, for views that do not show whether a check is running: they re-render
 * when the findings change, not twice per keystroke as `pending` goes on and off.
 */
export function useFindingList(): readonly Finding[] {
  const service = packFindingsFor(usePackStore())
  return useSyncExternalStore(service.subscribe, () => service.getSnapshot().findings)
}
