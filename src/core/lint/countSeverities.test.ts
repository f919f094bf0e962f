import { describe, expect, it } from 'vitest'
import { countSeverities } from './countSeverities'
import type { Finding, Severity } from './types'

const finding = (severity: Severity): Finding => ({ ruleId: 'x/y', severity, file: 'a', message: 'm' })

describe('countSeverities', () => {
  it('counts findings per severity, zero for the absent ones', () => {
    expect(countSeverities([finding('error'), finding('error'), finding('info')])).toEqual({ error: 2, warning: 0, info: 1 })
    expect(countSeverities([])).toEqual({ error: 0, warning: 0, info: 0 })
  })
})
