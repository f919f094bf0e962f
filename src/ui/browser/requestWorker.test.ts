import { describe, expect, it } from 'vitest'
import { requestWorker } from './requestWorker'

type Answer = { readonly id: number; readonly ok: true; readonly value: string } | { readonly id: number; readonly ok: false; readonly message: string }

/** A stand-in worker: records what is posted; the test answers or fails it by hand. */
class FakeWorker {
  readonly posted: { id: number; text: string }[] = []
  terminated = false
  onmessage: ((event: { data: Answer }) => void) | null = null
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null
  postMessage(message: { id: number; text: string }) { this.posted.push(message) }
  terminate() { this.terminated = true }
  answer(answer: Answer) { this.onmessage?.({ data: answer }) }
  fail(message: string) { this.onerror?.({ message, preventDefault: () => undefined }) }
}

function setUp() {
  const started: FakeWorker[] = []
  let starts = 0
  const client = requestWorker<Answer>({
    start: () => { const fake = new FakeWorker(); started.push(fake); return fake as unknown as Worker },
    stoppedMessage: 'the helper stopped',
    onStart: () => { starts += 1 },
  })
  const ask = (text: string) => client.request(client.worker(), (id) => ({ id, text }))
  return { client, started, ask, starts: () => starts }
}

describe('requestWorker', () => {
  it('starts one worker and settles each request with the answer that carries its id, in any order', async () => {
    const { started, ask, starts } = setUp()
    const first = ask('a')
    const second = ask('b')
    const [worker] = started
    if (worker === undefined) throw new Error('no worker started')
    expect(started).toHaveLength(1)
    expect(starts()).toBe(1)
    const [a, b] = worker.posted
    worker.answer({ id: b?.id ?? -1, ok: false, message: 'b is broken' })
    worker.answer({ id: a?.id ?? -1, ok: true, value: 'A' })
    await expect(first).resolves.toEqual({ id: a?.id, ok: true, value: 'A' })
    await expect(second).rejects.toThrow('b is broken')
  })

  it('fails every waiting request when the worker fails, then starts a new worker for the next one', async () => {
    const { client, started, ask, starts } = setUp()
    const waitingOne = ask('a')
    const waitingTwo = ask('b')
    const failed = started[0]
    failed?.fail('')
    await expect(waitingOne).rejects.toThrow('the helper stopped')
    await expect(waitingTwo).rejects.toThrow('the helper stopped')
    expect(failed?.terminated).toBe(true)
    expect(client.isCurrent(failed as unknown as Worker)).toBe(false)
    const next = ask('c')
    expect(started).toHaveLength(2)
    expect(starts()).toBe(2)
    const replacement = started[1]
    replacement?.fail('out of memory')
    await expect(next).rejects.toThrow('out of memory')
  })
})
