// The worker_thread side of createWorkerRenderEngine: renders each request it is sent, in order.
import { parentPort } from 'node:worker_threads'
import type { EngineRequest } from '../core/render/engineApi'
import { createInThreadRenderEngine } from './renderEngineNode'

const port = parentPort
if (port !== null) {
  const engine = createInThreadRenderEngine()
  port.on('message', (request: EngineRequest) => {
    void engine.render(request).then((response) => { port.postMessage(response); })
  })
}
