import type { Finding, LintMode } from '../../core'

/** A request to the lint worker: the pack's files, copied. */
export interface LintRequest {
  readonly id: number
  readonly mode: LintMode
  readonly folderName: string
  readonly files: readonly (readonly [string, Uint8Array])[]
}

/** The worker's answer to one request. */
export interface LintResponse {
  readonly id: number
  readonly findings: readonly Finding[]
  /** Set when linting itself failed; the UI shows it as one problem. */
  readonly failure?: string
}
