import { useEffect, useSyncExternalStore } from 'react'
import { usePackStore } from '../state/usePackStore'

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

/** Undo and redo of pack edits (buttons, and Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z outside text fields, which keep their own undo). */
export function UndoRedo() {
  const store = usePackStore()
  const history = useSyncExternalStore(store.subscribe, store.getHistory)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || isEditable(event.target)) return
      event.preventDefault()
      if (event.shiftKey) store.redo()
      else store.undo()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => { document.removeEventListener('keydown', onKeyDown) }
  }, [store])
  return (
    <span className="undo-redo" role="group" aria-label="History">
      <button type="button" className="button button--icon" disabled={!history.canUndo} aria-label="Undo" title="Undo (Ctrl+Z)" aria-keyshortcuts="Control+Z" onClick={store.undo}>↶</button>
      <button type="button" className="button button--icon" disabled={!history.canRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)" aria-keyshortcuts="Control+Shift+Z" onClick={store.redo}>↷</button>
    </span>
  )
}
