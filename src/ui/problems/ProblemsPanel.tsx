import { useId, useMemo } from 'react'
import type { LintMode } from '../../core'
import { useFindings } from '../lint/useFindings'
import { useAppState, usePackStore } from '../state/usePackStore'
import { countSeverities } from '../../core/lint/countSeverities'
import { removeOsJunk } from '../../core/pack/osJunk'
import { groupFindingsByFile } from './findingGroups'
import { ProblemList } from './ProblemList'
import { SeverityIcon } from './SeverityIcon'
import { useProblemsLayout } from './useProblemsLayout'
import './ProblemsPanel.css'

const MODES: readonly { readonly mode: LintMode; readonly label: string; readonly title: string }[] = [
  { mode: 'author', label: 'Author', title: 'Strict rules for packs made here' },
  { mode: 'import', label: 'Import', title: 'What Palette accepts; real-world deviations are warnings' },
]

const JUNK_RULE = 'files/os-metadata-junk'

/** Every finding of the pack, grouped by file, with counts and the author/import rule profile. */
export function ProblemsPanel() {
  const store = usePackStore()
  const lintMode = useAppState((state) => state.lintMode)
  const { findings, pending, rendering } = useFindings()
  const counts = countSeverities(findings)
  const headingId = useId()
  const bodyId = useId()
  const layout = useProblemsLayout()
  // The same groups (and arrays) while the findings do not change: the memoised rows stay as they are.
  const groups = useMemo(() => groupFindingsByFile(findings), [findings])
  const junkCount = findings.filter((finding) => finding.ruleId === JUNK_RULE).length
  return (
    <section
      className={`problems${layout.collapsed ? ' problems--collapsed' : ''}`}
      aria-labelledby={headingId}
      // Busy while the checks of the latest edit run (screen readers wait; bench:web times it).
      aria-busy={pending}
      style={layout.collapsed ? undefined : { height: `${String(layout.height)}px` }}
    >
      {!layout.collapsed && (
        <div
          className="problems__resize"
          role="separator"
          aria-orientation="horizontal"
          aria-label="Resize the Problems panel"
          aria-valuenow={layout.height}
          aria-valuemin={layout.minHeight}
          aria-valuemax={layout.maxHeight}
          tabIndex={0}
          onPointerDown={layout.onResizeStart}
          onKeyDown={layout.onResizeKey}
        />
      )}
      <header className="problems__header">
        <h2 id={headingId}>
          <button type="button" className="problems__toggle" aria-expanded={!layout.collapsed} aria-controls={bodyId} onClick={layout.toggle}>
            <span aria-hidden="true" className="problems__chevron">▾</span>Problems
          </button>
        </h2>
        <span className="problems__counts" aria-live="polite">
          <SeverityIcon severity="error" /> {counts.error} <span className="visually-hidden">errors</span>
          <SeverityIcon severity="warning" /> {counts.warning} <span className="visually-hidden">warnings</span>
          <SeverityIcon severity="info" /> {counts.info} <span className="visually-hidden">info</span>
          {pending && <span className="problems__pending">checking…</span>}
          {!pending && rendering && <span className="problems__pending">rendering…</span>}
        </span>
        <fieldset className="problems__mode">
          <legend className="visually-hidden">Rule profile</legend>
          {MODES.map(({ mode, label, title }) => (
            <label key={mode} title={title}>
              <input type="radio" name="lint-mode" value={mode} checked={lintMode === mode} onChange={() => { store.setLintMode(mode) }} />
              {label}
            </label>
          ))}
        </fieldset>
      </header>
      <div className="problems__body" id={bodyId} hidden={layout.collapsed}>
        {junkCount > 0 && (
          <div className="problems__fix">
            <p>{junkCount === 1 ? '1 file is' : `${String(junkCount)} files are`} operating-system metadata (.DS_Store, __MACOSX/, ._*, Thumbs.db) that would ship in the archive.</p>
            <button type="button" className="button button--small" onClick={() => { store.updatePack(removeOsJunk) }}>
              {junkCount === 1 ? 'Remove it' : `Remove all ${String(junkCount)}`}
            </button>
          </div>
        )}
        {findings.length === 0 ? (
          <p className="problems__empty">{pending ? 'Checking the pack…' : 'No problems: the pack is ready to download.'}</p>
        ) : (
          groups.map((group) => (
            <section key={group.file} className="problems__group" aria-label={`Problems in ${group.file === '' ? 'the pack' : group.file}`}>
              <h3>{group.file === '' ? 'Pack' : group.file} <span className="problems__group-count">{group.findings.length}</span></h3>
              <ProblemList findings={group.findings} />
            </section>
          ))
        )}
      </div>
    </section>
  )
}
