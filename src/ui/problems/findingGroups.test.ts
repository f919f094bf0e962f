import { describe, expect, it } from 'vitest'
import type { Finding } from '../../core'
import { findingLocation, groupFindingsByFile } from './findingGroups'

const finding = (file: string, severity: Finding['severity'], line?: number): Finding => ({ ruleId: 'r/x', severity, file, message: 'm', ...(line === undefined ? {} : { line }) })

describe('findingGroups', () => {
  it('groups by file with pack-wide findings first, then files by name', () => {
    const groups = groupFindingsByFile([finding('values.yaml', 'error'), finding('', 'warning'), finding('pack.json', 'info'), finding('values.yaml', 'warning')])
    expect(groups.map((group) => [group.file, group.findings.length])).toEqual([['', 1], ['pack.json', 1], ['values.yaml', 2]])
  })

  it('formats the location as file:line', () => {
    expect(findingLocation(finding('pack.json', 'error', 4))).toBe('pack.json:4')
    expect(findingLocation(finding('logo.png', 'error'))).toBe('logo.png')
    expect(findingLocation(finding('', 'error'))).toBe('pack')
  })
})
