import type { LintMode, Pack } from '../../core'

/** A place the user asked to go to: a file and a line, or a pack.json field by JSON pointer. */
export interface RevealTarget {
  readonly path: string
  readonly line?: number
  readonly column?: number
  readonly pointer?: string
  /** Increases on every request, so asking for the same place twice still moves the cursor. */
  readonly nonce: number
}

/** What the main area shows: the selected file, the draft's changes against its baseline, or what the pack renders to. */
export type MainView = 'file' | 'changes' | 'rendered'

/** Everything the app holds. The pack is the only source of truth; the rest is view state. */
export interface AppState {
  /** The open draft; undefined on the start page (then the pack is empty). */
  readonly draftId: string | undefined
  readonly pack: Pack
  /** The files the draft started from (opened archive or template), for the Changes view and revert. */
  readonly baseline: Pack
  /** The file shown in the main area. */
  readonly selectedPath: string
  readonly mainView: MainView
  readonly reveal: RevealTarget | undefined
  /** Which rule profile the Problems panel uses. New packs are checked strictly. */
  readonly lintMode: LintMode
  /** Set while another tab edits this draft: this tab shows it and refuses edits, saying why. */
  readonly readOnly: string | undefined
}
