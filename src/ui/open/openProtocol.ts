import type { ClassifiedSources } from './classifySources'
import type { OpenSource } from './openSource'

/** Sources to read and classify in the open worker (File objects cross postMessage as handles, unread). */
export interface OpenRequest {
  readonly id: number
  readonly sources: readonly OpenSource[]
}

/** The worker's answer: what the sources hold (their own failures included), or why the worker itself failed. */
export type OpenResponse =
  | { readonly id: number; readonly ok: true; readonly classified: ClassifiedSources }
  | { readonly id: number; readonly ok: false; readonly message: string }
