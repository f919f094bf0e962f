import { describe, expect, it, vi } from 'vitest'
import type * as MonacoApi from 'monaco-editor/esm/vs/editor/editor.api'
import type { Finding, FixDescriptor } from '../core'
import { MARKER_OWNER, findingsToMarkers } from './findingsToMarkers'
import { registerQuickFixes, setQuickFixHost } from './quickFixes'

type Provider = MonacoApi.languages.CodeActionProvider

const tab = (line: number): FixDescriptor => ({ ruleId: 'pack-values/indentation', fixId: 'tabs-to-spaces', title: 'Replace the tab with two spaces', safe: true, args: { lines: [line] } })
const finding = (line: number, fixes?: FixDescriptor[]): Finding => ({
  ruleId: 'pack-values/indentation', severity: 'warning', file: 'values.yaml', line, column: 1, message: 'This line is indented with a tab; YAML allows only spaces.', ...(fixes ? { fixes } : {}),
})
const FINDINGS = [finding(2, [tab(2)]), finding(3, [tab(3)]), { ...finding(1), ruleId: 'pack-values/syntax', message: 'broken' }]

// A model with four 12-character lines at file:///values.yaml, as the app creates them.
const model = {
  uri: { path: '/values.yaml' },
  getLineCount: () => 4,
  getLineMaxColumn: () => 13,
} as unknown as MonacoApi.editor.ITextModel

/** Registers the quick fixes on a stand-in Monaco and returns what they registered. */
function register() {
  const commands = new Map<string, (accessor: unknown, ...args: unknown[]) => void>()
  let provider: Provider | undefined
  const monaco = {
    editor: { registerCommand: (id: string, handler: (accessor: unknown, ...args: unknown[]) => void) => { commands.set(id, handler) } },
    languages: { registerCodeActionProvider: (_selector: string, registered: Provider) => { provider = registered } },
  } as unknown as typeof MonacoApi
  registerQuickFixes(monaco)
  return { commands, provider: () => provider }
}

const registered = register()

function markerOf(target: Finding, owner = MARKER_OWNER): MonacoApi.editor.IMarker {
  const [spec] = findingsToMarkers([target], 'values.yaml', () => 12)
  if (!spec) throw new Error('no marker')
  const marker: unknown = { ...spec, severity: 4, owner, resource: model.uri }
  return marker as MonacoApi.editor.IMarker
}

// The provider reads only the model and the context's markers.
const ANY_RANGE = null as unknown as MonacoApi.Range
const NO_CANCEL = null as unknown as MonacoApi.CancellationToken
/** `CodeActionTriggerType.Invoke` (Ctrl+.); the enum lives in Monaco's runtime, which this test does not load. */
const INVOKED: unknown = 1

async function actionsFor(markers: MonacoApi.editor.IMarker[]) {
  const list = await registered.provider()?.provideCodeActions(model, ANY_RANGE, { markers, trigger: INVOKED } as unknown as MonacoApi.languages.CodeActionContext, NO_CANCEL)
  return list?.actions ?? []
}

describe('Monaco quick fixes', () => {
  it('offers the fix of the finding under the cursor, preferred when safe, and "fix all of this kind"', async () => {
    const applyFix = vi.fn()
    const applyFixes = vi.fn()
    setQuickFixHost({ findings: () => FINDINGS, applyFix, applyFixes })
    const marker = markerOf(FINDINGS[0] as Finding)
    const actions = await actionsFor([marker])
    expect(actions.map(({ title, kind, isPreferred }) => ({ title, kind, isPreferred }))).toEqual([
      { title: 'Replace the tab with two spaces', kind: 'quickfix', isPreferred: true },
      { title: 'Fix all 2 of this kind (pack-values/indentation)', kind: 'quickfix', isPreferred: undefined },
    ])
    const [one, all] = actions
    registered.commands.get(one?.command?.id ?? '')?.(undefined, ...((one?.command?.arguments ?? []) as unknown[]))
    expect(applyFix).toHaveBeenCalledWith(tab(2))
    registered.commands.get(all?.command?.id ?? '')?.(undefined, ...((all?.command?.arguments ?? []) as unknown[]))
    expect(applyFixes).toHaveBeenCalledWith([tab(2), tab(3)])
  })

  it('offers nothing for other owners\' markers, findings without fixes, or without a host', async () => {
    setQuickFixHost({ findings: () => FINDINGS, applyFix: vi.fn(), applyFixes: vi.fn() })
    expect(await actionsFor([markerOf(FINDINGS[0] as Finding, 'yaml'), markerOf(FINDINGS[2] as Finding)])).toEqual([])
    setQuickFixHost(undefined)
    expect(await actionsFor([markerOf(FINDINGS[0] as Finding)])).toEqual([])
  })

  it('ignores a command argument that is not a fix descriptor', () => {
    const applyFix = vi.fn()
    setQuickFixHost({ findings: () => FINDINGS, applyFix, applyFixes: vi.fn() })
    registered.commands.get('packBuilder.applyFix')?.(undefined, { title: 'no rule' })
    expect(applyFix).not.toHaveBeenCalled()
  })
})
