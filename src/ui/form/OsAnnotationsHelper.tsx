import { useId, useState } from 'react'
import { OS_ANNOTATION_SETS } from '../../core/schema/packJsonSchema'
import type { OsPackCloud as OsCloud } from '../../core'

const CLOUD_LABELS: Readonly<Record<OsCloud, string>> = { aws: 'AWS', azure: 'Azure', vsphere: 'vSphere' }
const OS_CLOUDS = Object.keys(OS_ANNOTATION_SETS) as OsCloud[]

/** For OS packs: pick the target cloud and pre-fill its annotation keys, ready to fill in. */
export function OsAnnotationsHelper({ initialCloud, onApply }: { readonly initialCloud: string | undefined; readonly onApply: (cloud: OsCloud) => void }) {
  const [cloud, setCloud] = useState<OsCloud>(OS_CLOUDS.find((candidate) => candidate === initialCloud) ?? 'aws')
  const selectId = useId()
  const set = OS_ANNOTATION_SETS[cloud]
  return (
    <section className="os-helper" aria-label="OS pack annotations">
      <div className="os-helper__row">
        <label htmlFor={selectId}>Target cloud</label>
        <select id={selectId} value={cloud} onChange={(event) => { setCloud(event.target.value as OsCloud) }}>
          {OS_CLOUDS.map((option) => <option key={option} value={option}>{CLOUD_LABELS[option]}</option>)}
        </select>
        <button type="button" className="button" onClick={() => { onApply(cloud) }}>Add the {CLOUD_LABELS[cloud]} annotations</button>
      </div>
      <p className="os-helper__note">
        Required for {CLOUD_LABELS[cloud]}: {set.filter((annotation) => annotation.required).map((annotation) => annotation.key).join(', ')}.
        Examples: {set.map((annotation) => `${annotation.key}=${annotation.example}`).join(', ')}.
      </p>
    </section>
  )
}
