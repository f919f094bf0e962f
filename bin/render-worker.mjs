// Entry of the render worker_thread (src/cli/renderEngineNode.ts): runs renderWorkerThread.ts
// through tsx, as pack-builder.mjs runs the CLI.
import { tsImport } from 'tsx/esm/api'

await tsImport('../src/cli/renderWorkerThread.ts', import.meta.url)
