import type * as MonacoApi from 'monaco-editor/esm/vs/editor/editor.api'
import { fixesOfKind } from '../core/lint/fixes/fixesOfKind'
import type { Finding, FixDescriptor } from '../core'
import { MARKER_OWNER, findingsToMarkers } from './findingsToMarkers'

type Monaco = typeof MonacoApi

/** What the quick fixes need from the app: the pack's current findings and a way to apply fixes. */
export interface QuickFixHost {
  readonly findings: () => readonly Finding[]
  /** Applies one fix to the pack as one undo step. */
  readonly applyFix: (fix: FixDescriptor) => void
  /** Applies all fixes of one kind as ONE undo step. */
  readonly applyFixes: (fixes: readonly FixDescriptor[]) => void
}

const APPLY_FIX = 'packBuilder.applyFix'
const APPLY_FIXES = 'packBuilder.applyFixesOfKind'

let host: QuickFixHost | undefined

/** Connects the quick fixes to the app's store (the editor cannot import the UI: imports point ui -> editor). */
export function setQuickFixHost(next: QuickFixHost | undefined): void {
  host = next
}

function isFixDescriptor(value: unknown): value is FixDescriptor {
  if (typeof value !== 'object' || value === null) return false
  const fix = value as Partial<Record<keyof FixDescriptor, unknown>>
  return typeof fix.ruleId === 'string' && typeof fix.fixId === 'string' && typeof fix.title === 'string' && typeof fix.args === 'object'
}

function markerCode(code: MonacoApi.editor.IMarkerData['code']): string | undefined {
  return typeof code === 'string' ? code : code?.value
}

/** The finding behind each of our markers on a model: the markers are made from the findings in order. */
function findingForMarker(model: MonacoApi.editor.ITextModel, path: string, findings: readonly Finding[], marker: MonacoApi.editor.IMarkerData): Finding | undefined {
  const ofFile = findings.filter((finding) => finding.file === path)
  const specs = findingsToMarkers(ofFile, path, (line) => (line <= model.getLineCount() ? model.getLineMaxColumn(line) - 1 : 0))
  const index = specs.findIndex((spec) =>
    spec.code === markerCode(marker.code) && spec.startLineNumber === marker.startLineNumber && spec.startColumn === marker.startColumn && spec.message === marker.message)
  return index === -1 ? undefined : ofFile[index]
}

/** The quick fixes of the markers under the cursor: each finding's fixes, then "fix all of this kind". */
function codeActions(model: MonacoApi.editor.ITextModel, markers: readonly MonacoApi.editor.IMarkerData[]): MonacoApi.languages.CodeAction[] {
  const current = host
  if (!current) return []
  const path = decodeURIComponent(model.uri.path.replace(/^\//, ''))
  const findings = current.findings()
  const actions: MonacoApi.languages.CodeAction[] = []
  const offered = new Set<string>()
  for (const marker of markers) {
    const finding = findingForMarker(model, path, findings, marker)
    const fixes = finding?.fixes ?? []
    for (const [index, fix] of fixes.entries()) {
      const key = JSON.stringify([fix.ruleId, fix.fixId, fix.args])
      if (offered.has(key)) continue
      offered.add(key)
      actions.push({
        title: fix.title,
        kind: 'quickfix',
        diagnostics: [marker],
        isPreferred: index === 0 && fix.safe,
        command: { id: APPLY_FIX, title: fix.title, arguments: [fix] },
      })
    }
    const [preferred] = fixes
    const sameKind = finding && preferred ? fixesOfKind(findings, finding.ruleId, preferred.fixId) : []
    const allKey = `all:${finding?.ruleId ?? ''}:${preferred?.fixId ?? ''}`
    if (sameKind.length > 1 && !offered.has(allKey)) {
      offered.add(allKey)
      const title = `Fix all ${sameKind.length} of this kind (${finding?.ruleId ?? ''})`
      actions.push({ title, kind: 'quickfix', diagnostics: [marker], command: { id: APPLY_FIXES, title, arguments: [sameKind] } })
    }
  }
  return actions
}

let registered = false

/**
 * Registers, once, the code action provider that offers the findings' fixes as Monaco quick fixes
 * (the lightbulb, Ctrl+.) in every pack file, and the commands that apply them through the host.
 */
export function registerQuickFixes(monaco: Monaco): void {
  if (registered) return
  registered = true
  monaco.editor.registerCommand(APPLY_FIX, (_accessor: unknown, fix: unknown) => {
    if (isFixDescriptor(fix)) host?.applyFix(fix)
  })
  monaco.editor.registerCommand(APPLY_FIXES, (_accessor: unknown, fixes: unknown) => {
    if (Array.isArray(fixes) && fixes.every(isFixDescriptor)) host?.applyFixes(fixes)
  })
  monaco.languages.registerCodeActionProvider('*', {
    provideCodeActions(model, _range, context) {
      const ours = context.markers.filter((marker) => (marker as MonacoApi.editor.IMarker).owner === MARKER_OWNER)
      return { actions: codeActions(model, ours), dispose() {} }
    },
  }, { providedCodeActionKinds: ['quickfix'] })
}
