import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { packChanges } from '../../core/pack/packChanges'
import { ociDigest } from '../../core/push/orasManifest'
import { decodeText } from '../../core/text/encoding'
import type { FileChange } from '../../core'
import { useAppState, usePackStore } from '../state/usePackStore'
import './changes.css'

// Monaco is a few MiB: it loads with the first diff, never with the initial page.
const DiffView = lazy(() => import('./DiffView').then((module) => ({ default: module.DiffView })))

const KIND_LABELS: Readonly<Record<FileChange['kind'], string>> = { added: 'added', removed: 'removed', modified: 'modified' }

/** Every file added, removed or changed against the draft's baseline, one diff at a time, each revertible. */
export function ChangesView() {
  const store = usePackStore()
  const pack = useAppState((state) => state.pack)
  const baseline = useAppState((state) => state.baseline)
  const readOnly = useAppState((state) => state.readOnly !== undefined)
  const changes = useMemo(() => packChanges(baseline, pack), [baseline, pack])
  const [chosen, setChosen] = useState<string>()
  const selected = changes.find((change) => change.path === chosen) ?? changes[0]

  return (
    <section className="changes" aria-labelledby="changes-title">
      <header className="changes__header">
        <h2 id="changes-title">Changes</h2>
        <p>{changes.length === 0 ? 'No changes: every file is as the draft started.' : `${changes.length} ${changes.length === 1 ? 'file differs' : 'files differ'} from how the draft started.`}</p>
        <button type="button" className="button" onClick={() => { store.selectFile('pack.json') }}>Back to the files</button>
      </header>
      {changes.length > 0 && (
        <ul className="changes__list" aria-label="Changed files">
          {changes.map((change) => (
            <li key={change.path} className={change === selected ? 'changes__item changes__item--selected' : 'changes__item'}>
              <button type="button" className="changes__path" aria-current={change === selected ? 'true' : undefined} onClick={() => { setChosen(change.path) }}>
                <span className={`change-kind change-kind--${change.kind}`}>{KIND_LABELS[change.kind]}</span> {change.path}
              </button>
              <button type="button" className="button button--small" disabled={readOnly} aria-label={`Revert ${change.path}`} onClick={() => { store.revertFile(change.path) }}>Revert</button>
            </li>
          ))}
        </ul>
      )}
      {selected !== undefined && (selected.text
        ? (
          <Suspense fallback={<p role="status">Loading the diff…</p>}>
            <DiffView path={selected.path} original={selected.baseline === undefined ? '' : decodeText(selected.baseline)} modified={selected.current === undefined ? '' : decodeText(selected.current)} />
          </Suspense>
        )
        : <BinaryChange change={selected} />)}
    </section>
  )
}

/** Size and SHA-256 of each side of a binary file (no line diff makes sense for a chart or a logo). */
function BinaryChange({ change }: { readonly change: FileChange }) {
  const [digests, setDigests] = useState<readonly [string | undefined, string | undefined]>()
  useEffect(() => {
    let current = true
    const digest = (bytes: Uint8Array | undefined) => (bytes === undefined ? Promise.resolve(undefined) : ociDigest(bytes))
    void Promise.all([digest(change.baseline), digest(change.current)]).then((both) => { if (current) setDigests(both) })
    return () => { current = false }
  }, [change])
  const side = (label: string, bytes: Uint8Array | undefined, digest: string | undefined) => (
    <p>{label}: {bytes === undefined ? 'none' : `${bytes.length.toLocaleString()} bytes, SHA-256 ${digest === undefined ? '…' : digest.replace(/^sha256:/, '')}`}</p>
  )
  return (
    <div className="changes__binary" role="region" aria-label={`Changes in ${change.path}`}>
      <p>{change.path} is a binary file.</p>
      {side('Before', change.baseline, digests?.[0])}
      {side('Now', change.current, digests?.[1])}
    </div>
  )
}
