// Entry of the validate worker_threads (src/cli/validatePool.ts) when the CLI runs from the source
// tree: runs validateWorkerThread.ts through tsx, as render-worker.mjs does for rendering.
import { tsImport } from 'tsx/esm/api'

await tsImport('../src/cli/validateWorkerThread.ts', import.meta.url)
