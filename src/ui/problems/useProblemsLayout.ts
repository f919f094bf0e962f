import { useEffect, useState } from 'react'
import type { KeyboardEvent, PointerEvent } from 'react'

/** The Problems panel's height and whether it is collapsed; kept across reloads. */
export interface ProblemsLayout {
  readonly collapsed: boolean
  readonly height: number
  readonly toggle: () => void
  /** Handlers for the resize handle: drag it, or focus it and use the Up/Down arrow keys. */
  readonly onResizeStart: (event: PointerEvent<HTMLElement>) => void
  readonly onResizeKey: (event: KeyboardEvent) => void
  readonly minHeight: number
  readonly maxHeight: number
}

const STORAGE_KEY = 'pack-builder:problems-layout'
const MIN_HEIGHT = 96
const KEY_STEP = 24

function maxHeight(): number {
  return Math.max(MIN_HEIGHT, Math.round(window.innerHeight * 0.7))
}

function clampHeight(height: number): number {
  return Math.min(maxHeight(), Math.max(MIN_HEIGHT, Math.round(height)))
}

function readStored(): { collapsed: boolean; height: number } {
  const fallback = { collapsed: false, height: clampHeight(window.innerHeight * 0.26) }
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null')
    if (typeof parsed !== 'object' || parsed === null) return fallback
    const { collapsed, height } = parsed as Record<string, unknown>
    return {
      collapsed: typeof collapsed === 'boolean' ? collapsed : fallback.collapsed,
      height: typeof height === 'number' && Number.isFinite(height) ? clampHeight(height) : fallback.height,
    }
  } catch {
    // Storage disabled or a hand-edited value: the defaults are fine.
    return fallback
  }
}

/** State and handlers for collapsing and resizing the Problems panel. */
export function useProblemsLayout(): ProblemsLayout {
  const [layout, setLayout] = useState(readStored)
  useEffect(() => {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(layout))
    } catch {
      // Not being able to remember the layout is harmless.
    }
  }, [layout])

  return {
    ...layout,
    minHeight: MIN_HEIGHT,
    maxHeight: maxHeight(),
    toggle() { setLayout((current) => ({ ...current, collapsed: !current.collapsed })) },
    onResizeStart(event) {
      event.preventDefault()
      const handle = event.currentTarget
      const startY = event.clientY
      const startHeight = layout.height
      handle.setPointerCapture(event.pointerId)
      const onMove = (move: globalThis.PointerEvent) => {
        setLayout({ collapsed: false, height: clampHeight(startHeight + startY - move.clientY) })
      }
      const onUp = () => {
        handle.removeEventListener('pointermove', onMove)
        handle.removeEventListener('pointerup', onUp)
        handle.removeEventListener('pointercancel', onUp)
      }
      handle.addEventListener('pointermove', onMove)
      handle.addEventListener('pointerup', onUp)
      handle.addEventListener('pointercancel', onUp)
    },
    onResizeKey(event) {
      const step = { ArrowUp: KEY_STEP, ArrowDown: -KEY_STEP }[event.key]
      if (step === undefined) return
      event.preventDefault()
      setLayout((current) => ({ collapsed: false, height: clampHeight(current.height + step) }))
    },
  }
}
