import { useEffect, useId, useRef } from 'react'
import type { ReactNode } from 'react'

/** What a dialog needs: a title, its content and buttons, and what closing (Escape) does. */
export interface DialogProps {
  readonly title: string
  readonly onClose: () => void
  readonly children: ReactNode
}

/**
 * A modal dialog on the native `<dialog>` element: `showModal()` makes the page behind it inert (the
 * focus trap), Escape closes it, and focus returns to where it was.
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const reference = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = reference.current
    if (!dialog) return
    const previous = document.activeElement
    if (!dialog.open) dialog.showModal()
    return () => {
      dialog.close()
      if (previous instanceof HTMLElement) previous.focus()
    }
  }, [])
  return (
    <dialog
      ref={reference}
      className="app-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId} className="app-dialog__title">{title}</h2>
      {children}
    </dialog>
  )
}

/** A yes/no question in a dialog. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: {
  readonly title: string
  readonly children: ReactNode
  readonly confirmLabel: string
  readonly onConfirm: () => void
  readonly onClose: () => void
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="app-dialog__body">{children}</div>
      <div className="app-dialog__buttons">
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button button--primary" onClick={() => { onConfirm(); onClose() }}>{confirmLabel}</button>
      </div>
    </Dialog>
  )
}
