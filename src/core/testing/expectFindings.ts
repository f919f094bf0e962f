import { expect } from 'vitest'
import type { Finding } from '../lint/types'
import { locationOf } from './packFixtures'
import type { FindingLocation } from './packFixtures'

/**
 * A rule table's assertion: the findings point where the row says (rule id, severity, file, line,
 * pointer), and they are whole: message, column and hint match the test file's snapshot, which
 * is read like any other expectation (a changed message or a lost hint fails the test).
 */
export function expectFindings(findings: readonly Finding[], expected: readonly FindingLocation[]): void {
  expect(findings.map(locationOf)).toEqual(expected)
  // An empty result is fully stated by the row itself; a snapshot of [] would only add noise.
  if (findings.length > 0) expect(findings).toMatchSnapshot()
}
