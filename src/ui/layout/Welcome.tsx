import { usePackStore } from '../state/usePackStore'
import { newPack, STARTER_LABELS } from '../state/newPack'
import type { StarterKind } from '../state/newPack'

const DESCRIPTIONS: Readonly<Record<StarterKind, string>> = {
  manifest: 'Kubernetes manifests under manifests/, values.yaml and a README.',
  chart: 'A packaged Helm chart (.tgz) under charts/, wired into values.yaml.',
  os: 'An OS image for AWS, Azure or vSphere, described by annotations.',
}

/** The first page: choose what kind of pack to start (or open one with the header button). */
export function Welcome() {
  const store = usePackStore()
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Create a Palette pack</h2>
      <p>Everything happens in this browser tab: nothing is uploaded. Your draft is saved here as you type.</p>
      <div className="welcome__choices">
        {(Object.keys(STARTER_LABELS) as StarterKind[]).map((kind) => (
          <button key={kind} type="button" className="choice" onClick={() => { store.replacePack(newPack(kind), 'author') }}>
            <span className="choice__title">New {STARTER_LABELS[kind].replace(/^M/, 'm')}</span>
            <span className="choice__text">{DESCRIPTIONS[kind]}</span>
          </button>
        ))}
      </div>
    </section>
  )
}
