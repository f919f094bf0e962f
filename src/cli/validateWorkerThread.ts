// The worker_thread side of validateInWorkers: lints each pack it is sent and answers with the outcome.
import { parentPort } from 'node:worker_threads'
import type { ValidateJob, ValidateJobResult } from './validatePool'
import { lintSource } from './validateSource'

const port = parentPort
if (port !== null) {
  port.on('message', (job: ValidateJob) => {
    void lintSource(job.source, job.mode).then(
      (outcome) => { port.postMessage({ index: job.index, outcome } satisfies ValidateJobResult) },
      (error: unknown) => { port.postMessage({ index: job.index, failure: error instanceof Error ? error.message : String(error) } satisfies ValidateJobResult) },
    )
  })
}
