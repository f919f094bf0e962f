import { createPack, lintPack } from '../../core'
import type { LintRequest, LintResponse } from './lintProtocol'

// Runs the core linter off the main thread so typing never waits for the rules.
// The app is typed with the DOM lib; this is the slice of the worker scope we use.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LintRequest>) => void) | null
  postMessage: (message: LintResponse) => void
}

scope.onmessage = (event) => {
  const request = event.data
  const pack = createPack(request.folderName, request.files)
  lintPack(pack, { mode: request.mode }).then(
    (findings) => { scope.postMessage({ id: request.id, findings } satisfies LintResponse) },
    (error: unknown) => { scope.postMessage({ id: request.id, findings: [], failure: String(error) } satisfies LintResponse) },
  )
}
