import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPack, encodeText, setTextFile } from '../../core'
import type { Finding } from '../../core'
import { createPackStore, START_PAGE_STATE } from '../state/packStore'
import type { LintRequest, LintResponse } from './lintProtocol'
import { lintFailure, startLintService } from './lintService'

/** A stand-in lint worker: records the requests; the test answers, fails or ignores them. */
class FakeLintWorker {
  readonly requests: LintRequest[] = []
  terminated = false
  onmessage: ((event: MessageEvent<LintResponse>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  postMessage(request: LintRequest) { this.requests.push(request) }
  terminate() { this.terminated = true }
  answer(findings: readonly Finding[]) {
    const last = this.requests.at(-1)
    if (last === undefined) throw new Error('no request to answer')
    this.onmessage?.({ data: { id: last.id, findings } } as MessageEvent<LintResponse>)
  }
  crash(message: string) { this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent) }
}

const finding: Finding = { ruleId: 'values/example', severity: 'error', file: 'values.yaml', message: 'example' }
const LIMIT_MS = 5_000

function setUp() {
  const store = createPackStore(START_PAGE_STATE, () => 'draft')
  store.replacePack(createPack('p', [['pack.json', encodeText('{}')], ['values.yaml', encodeText('a: 1\n')]]), 'author')
  const workers: FakeLintWorker[] = []
  const service = startLintService(store, () => {
    const worker = new FakeLintWorker()
    workers.push(worker)
    return worker
  }, LIMIT_MS)
  const edit = (text: string) => {
    store.updatePack((pack) => setTextFile(pack, 'values.yaml', text))
    vi.advanceTimersByTime(0)
  }
  return { service, workers, edit }
}

describe('lintService', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  it('publishes the worker\'s findings for the latest pack', () => {
    const { service, workers } = setUp()
    expect(service.getSnapshot()).toEqual({ findings: [], pending: true })
    workers[0]?.answer([finding])
    expect(service.getSnapshot()).toEqual({ findings: [finding], pending: false })
  })

  it('reports a worker that crashed as one warning instead of checking forever, and checks the next edit in a new worker with every file', () => {
    const { service, workers, edit } = setUp()
    workers[0]?.crash('Out of memory')
    expect(workers[0]?.terminated).toBe(true)
    expect(service.getSnapshot()).toEqual({ findings: [lintFailure('Out of memory')], pending: false })
    expect(lintFailure('Out of memory')).toEqual({
      ruleId: 'internal/lint-failed', severity: 'warning', file: '',
      message: 'The checks could not run: Out of memory. The pack was not checked; the checks run again after the next edit.',
    })

    edit('a: 2\n')
    expect(workers).toHaveLength(2)
    expect(workers[1]?.requests[0]?.changed.map(([path]) => path)).toEqual(['pack.json', 'values.yaml'])
    workers[1]?.answer([])
    expect(service.getSnapshot()).toEqual({ findings: [], pending: false })
  })

  it('stops a run past the limit and says so; a late answer from the ended worker is ignored', () => {
    const { service, workers } = setUp()
    vi.advanceTimersByTime(LIMIT_MS - 1)
    expect(service.getSnapshot().pending).toBe(true)
    vi.advanceTimersByTime(1)
    expect(workers[0]?.terminated).toBe(true)
    expect(service.getSnapshot()).toEqual({ findings: [lintFailure('they took longer than 5 s and were stopped')], pending: false })
    workers[0]?.answer([finding])
    expect(service.getSnapshot().findings).toEqual([lintFailure('they took longer than 5 s and were stopped')])
  })

  it('a crash while an edit waits checks that edit at once', () => {
    const { service, workers, edit } = setUp()
    edit('a: 3\n')
    expect(service.getSnapshot().pending).toBe(true)
    workers[0]?.crash('')
    expect(service.getSnapshot()).toEqual({ findings: [lintFailure('the checking worker stopped (out of memory?)')], pending: true })
    expect(workers[1]?.requests).toHaveLength(1)
    workers[1]?.answer([finding])
    expect(service.getSnapshot()).toEqual({ findings: [finding], pending: false })
  })

  it('an answer in time clears the limit', () => {
    const { service, workers } = setUp()
    workers[0]?.answer([])
    vi.advanceTimersByTime(LIMIT_MS * 2)
    expect(workers[0]?.terminated).toBe(false)
    expect(service.getSnapshot()).toEqual({ findings: [], pending: false })
  })
})
