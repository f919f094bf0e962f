import { useId, useMemo, useState } from 'react'
import { stringify } from 'yaml'
import { PRESETS_YAML, readTextFile } from '../../core/pack/pack'
import { DEFAULT_KUBE_VERSION, parseKubeVersion } from '../../core/k8s/kubeVersion'
import { listPresets } from '../../core/presets/applyPresets'
import { isHelmMap, parseHelmYaml } from '../../core/render/helmYaml'
import type { HelmMap } from '../../core/render/helmYaml'
import { DEFAULT_MACRO_SAMPLES } from '../../core/render/paletteMacros'
import { useAppState } from '../state/usePackStore'
import type { RenderSettings } from './renderProtocol'

/** How many releases below the newest the selector offers (their removed and deprecated APIs are checked). */
const OLDER_RELEASES = 9

/** The Kubernetes releases to render for: the newest the schemas cover, then older ones. */
export function selectableKubeVersions(): string[] {
  const newest = parseKubeVersion(DEFAULT_KUBE_VERSION)
  if (newest === undefined) return [DEFAULT_KUBE_VERSION]
  return Array.from({ length: OLDER_RELEASES + 1 }, (_, step) => `${String(newest.major)}.${String(newest.minor - step)}`)
}

function samplesText(settings: RenderSettings): string {
  if (settings.macroSamples !== undefined) return stringify(settings.macroSamples)
  const samples = structuredClone(DEFAULT_MACRO_SAMPLES)
  const system = samples.system
  if (isHelmMap(system)) system.kubernetes = { version: `${settings.kubeVersion}.0` }
  return stringify(samples)
}

/** The Rendered view's choices: Kubernetes version, presets, and the samples Palette's macros get. */
export function RenderSettingsBar({ settings, onChange }: { readonly settings: RenderSettings; readonly onChange: (settings: RenderSettings) => void }) {
  const presetsText = useAppState((state) => readTextFile(state.pack, PRESETS_YAML))
  const presets = useMemo(() => (presetsText === undefined ? [] : listPresets(presetsText)), [presetsText])
  const groups = [...new Set(presets.map((preset) => preset.group))]
  const kubeId = useId()
  // Held here: the samples editor is remounted whenever its initial text changes (kube version,
  // Apply, Reset), and must stay open through that.
  const [samplesOpen, setSamplesOpen] = useState(false)
  const choosePreset = (group: string, id: string) => {
    const others = settings.presets.filter((chosen) => presets.find((preset) => preset.id === chosen)?.group !== group)
    onChange({ ...settings, presets: id === '' ? others : [...others, id] })
  }
  return (
    <div className="rendered__settings">
      <label htmlFor={kubeId}>Kubernetes version</label>
      <select id={kubeId} value={settings.kubeVersion} onChange={(event) => { onChange({ ...settings, kubeVersion: event.target.value }) }}>
        {selectableKubeVersions().map((version) => <option key={version} value={version}>{version}</option>)}
      </select>
      {groups.map((group) => (
        <label key={group} className="rendered__preset">
          Preset {group}
          <select value={settings.presets.find((chosen) => presets.find((preset) => preset.id === chosen)?.group === group) ?? ''} onChange={(event) => { choosePreset(group, event.target.value) }}>
            <option value="">none (values.yaml as it is)</option>
            {presets.filter((preset) => preset.group === group).map((preset) => <option key={preset.id} value={preset.id}>{preset.displayName}</option>)}
          </select>
        </label>
      ))}
      <MacroSamples key={samplesText(settings)} initial={samplesText(settings)} edited={settings.macroSamples !== undefined} open={samplesOpen} onToggle={setSamplesOpen} onApply={(macroSamples) => { onChange({ ...settings, macroSamples }) }} />
    </div>
  )
}

/** The `.spectro.*` sample values as YAML, applied on demand; undefined goes back to the defaults. */
interface MacroSamplesProps {
  readonly initial: string
  readonly edited: boolean
  readonly open: boolean
  readonly onToggle: (open: boolean) => void
  readonly onApply: (samples: HelmMap | undefined) => void
}

function MacroSamples({ initial, edited, open, onToggle, onApply }: MacroSamplesProps) {
  const [text, setText] = useState(initial)
  const [problem, setProblem] = useState<string>()
  const textId = useId()
  const apply = () => {
    const parsed = parseHelmYaml(text)
    if (!parsed.ok) {
      setProblem(`Line ${String(parsed.line)}: ${parsed.message}`)
      return
    }
    if (!isHelmMap(parsed.value)) {
      setProblem('The samples must be a mapping (system:, pack:, var:).')
      return
    }
    setProblem(undefined)
    onApply(parsed.value)
  }
  return (
    <details className="rendered__samples" open={open} onToggle={(event) => { onToggle(event.currentTarget.open) }}>
      <summary>Macro samples{edited ? ' (edited)' : ''}</summary>
      <label htmlFor={textId}>Values of Palette&apos;s <code>{'{{ .spectro.* }}'}</code> macros while rendering</label>
      <textarea id={textId} rows={12} spellCheck={false} value={text} onChange={(event) => { setText(event.target.value) }} />
      {problem !== undefined && <p className="rendered__samples-problem" role="alert">{problem}</p>}
      <div className="rendered__samples-actions">
        <button type="button" className="button button--small" onClick={apply}>Apply samples</button>
        {edited && <button type="button" className="button button--small button--ghost" onClick={() => { onApply(undefined) }}>Reset to defaults</button>}
      </div>
    </details>
  )
}
