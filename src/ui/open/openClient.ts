import { requestWorker } from '../browser/requestWorker'
import type { ClassifiedSources } from './classifySources'
import type { OpenRequest, OpenResponse } from './openProtocol'
import type { OpenSource } from './openSource'

const openWorker = requestWorker<OpenResponse>({
  start: () => new Worker(new URL('./openWorker.ts', import.meta.url), { type: 'module' }),
  stoppedMessage: 'the archive reader stopped before it finished',
})

/**
 * Reads and classifies sources in the open worker, so the page stays responsive while a large archive
 * is inflated and checked. Failures of a source come back in `failures`, as classifySources gives them.
 */
export async function classifySourcesInWorker(sources: readonly OpenSource[]): Promise<ClassifiedSources> {
  const answer = await openWorker.request(openWorker.worker(), (id): OpenRequest => ({ id, sources }))
  return answer.classified
}
