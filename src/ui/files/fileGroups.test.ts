import { describe, expect, it } from 'vitest'
import type { Finding } from '../../core'
import { countProblemsByFile, groupPackFiles, worstSeverity } from './fileGroups'

describe('groupPackFiles', () => {
  it('orders well-known files, folders and other files', () => {
    const nodes = groupPackFiles(['notes.txt', 'schema.yaml', 'charts/a-1.0.0.tgz', 'manifests/b.yaml', 'manifests/a.yaml', 'values.yaml', 'pack.json', 'README.md'])
    expect(nodes.map((node) => (node.kind === 'file' ? node.entry.path : node.id))).toEqual([
      'pack.json', 'values.yaml', 'manifests', 'charts', 'logo.png', 'README.md', 'schema.yaml', 'other',
    ])
    const manifests = nodes[2]
    expect(manifests?.kind === 'folder' && manifests.entries.map((entry) => entry.label)).toEqual(['a.yaml', 'b.yaml'])
  })

  it('marks required files the pack lacks as missing and hides absent optional files', () => {
    const nodes = groupPackFiles(['pack.json'])
    const files = nodes.flatMap((node) => (node.kind === 'file' ? [node.entry] : []))
    expect(files.map((entry) => [entry.path, entry.missing])).toEqual([['pack.json', false], ['values.yaml', true], ['logo.png', true]])
    expect(nodes.some((node) => node.kind === 'folder' && node.id === 'other')).toBe(false)
  })
})

describe('countProblemsByFile', () => {
  const finding = (file: string, severity: Finding['severity']): Finding => ({ ruleId: 'r/x', severity, file, message: 'm' })

  it('counts per file and severity, leaving out pack-wide findings', () => {
    const counts = countProblemsByFile([finding('a', 'error'), finding('a', 'warning'), finding('a', 'error'), finding('b', 'info'), finding('', 'error')])
    expect(counts.get('a')).toEqual({ error: 2, warning: 1, info: 0 })
    expect(counts.get('b')).toEqual({ error: 0, warning: 0, info: 1 })
    expect(counts.has('')).toBe(false)
  })

  it('gives the worst severity', () => {
    expect(worstSeverity({ error: 0, warning: 2, info: 1 })).toBe('warning')
    expect(worstSeverity({ error: 1, warning: 0, info: 0 })).toBe('error')
    expect(worstSeverity({ error: 0, warning: 0, info: 0 })).toBeUndefined()
    expect(worstSeverity(undefined)).toBeUndefined()
  })
})
