import { memo, useState } from 'react'
import type { Finding } from '../../core'
import { useFindingList } from '../lint/useFindings'
import { renderedLocation } from '../render/renderedText'
import { renderServiceFor } from '../render/renderService'
import { usePackStore } from '../state/usePackStore'
import { findingLocation } from './findingGroups'
import { FindingFixes } from './FindingFixes'
import { SeverityIcon } from './SeverityIcon'

/**
 * Clickable findings; a click opens the file at the problem (or focuses the pack.json field).
 * Memoised: the Problems panel re-renders as checks start and end, its rows only when they change.
 */
export const ProblemList = memo(function ProblemList({ findings, onReveal }: { readonly findings: readonly Finding[]; readonly onReveal?: () => void }) {
  const store = usePackStore()
  const allFindings = useFindingList()
  const [fixError, setFixError] = useState<string>()
  const reveal = (finding: Finding) => {
    // A finding about rendered output with no line in the pack file (a chart, a templated manifest)
    // is shown where it is: in the Rendered view, at the document's line.
    const rendered = renderedLocation(finding)
    if (rendered !== undefined && finding.line === undefined) {
      renderServiceFor(store).focus(finding.file, rendered)
      store.showRendered()
      onReveal?.()
      return
    }
    const path = finding.file === '' ? 'pack.json' : finding.file
    store.revealLocation({
      path,
      ...(finding.line === undefined ? {} : { line: finding.line }),
      ...(finding.column === undefined ? {} : { column: finding.column }),
      ...(finding.pointer === undefined ? {} : { pointer: finding.pointer }),
    })
    onReveal?.()
  }
  return (
    <>
      {fixError !== undefined && <p className="problems__fix-error" role="alert">{fixError}</p>}
      <ul className="problem-list">
        {findings.map((finding, index) => (
          <li key={`${finding.ruleId}:${finding.pointer ?? ''}:${finding.line ?? 0}:${index}`} className="problem-row">
            <button type="button" className="problem" onClick={() => { reveal(finding) }}>
              <SeverityIcon severity={finding.severity} />
              <span className="problem__message">
                {finding.message}
                {finding.hint !== undefined && <span className="problem__hint"> {finding.hint}</span>}
              </span>
              <span className="problem__rule">{finding.ruleId}</span>
              <span className="problem__location">{findingLocation(finding)}</span>
            </button>
            <FindingFixes finding={finding} allFindings={allFindings} onError={setFixError} />
          </li>
        ))}
      </ul>
    </>
  )
})
