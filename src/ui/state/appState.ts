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

/** Everything the app holds. The pack is the only source of truth; the rest is view state. */
export interface AppState {
  readonly pack: Pack
  /** The file shown in the main area. */
  readonly selectedPath: string
  readonly reveal: RevealTarget | undefined
  /** Which rule profile the Problems panel uses. New packs are checked strictly. */
  readonly lintMode: LintMode
}
