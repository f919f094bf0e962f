import { lintPack } from '../../core/lint/lintPack'
import { createPack } from '../../core/pack/pack'
import { applyFileDiff } from './lintProtocol'
import type { LintRequest, LintResponse } from './lintProtocol'

// Runs the core linter off the main thread so typing never waits for the rules.
// The app is typed with the DOM lib; this is the slice of the worker scope we use.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LintRequest>) => void) | null
  postMessage: (message: LintResponse) => void
}

// The files as of the last request: unchanged files keep their bytes objects, so the core's
// per-bytes memoization (parsed YAML/JSON, inspected charts) is reused between requests.
let held = new Map<string, Uint8Array>()

scope.onmessage = (event) => {
  const request = event.data
  held = applyFileDiff(held, request)
  const pack = createPack(request.folderName, held, request.archive)
  lintPack(pack, { mode: request.mode }).then(
    (findings) => { scope.postMessage({ id: request.id, findings } satisfies LintResponse) },
    (error: unknown) => { scope.postMessage({ id: request.id, findings: [], failure: String(error) } satisfies LintResponse) },
  )
}
