import { useState } from 'react'
import { readTextFile, VALUES_YAML } from '../../core/pack/pack'
import { valuesHasKey } from '../../core/values/valuesEdit'
import type { PackStore } from '../state/packStore'
import { ConfirmDialog } from './Dialog'
import { manifestNameOf } from './manifestName'
import { applyPackEdit, deleteManifest, deletePackFile } from './packActions'

/** Asks before deleting a file; for a manifest, offers to remove its `manifests.<name>` values too. */
export function DeleteFileDialog({ path, store, onNote, onClose }: {
  readonly path: string
  readonly store: PackStore
  readonly onNote: (message: string) => void
  readonly onClose: () => void
}) {
  const [removeValues, setRemoveValues] = useState(true)
  const isManifest = path.startsWith('manifests/')
  const name = manifestNameOf(path)
  const [hasValuesKey] = useState(() => {
    const values = readTextFile(store.getState().pack, VALUES_YAML)
    return isManifest && values !== undefined && valuesHasKey(values, ['manifests', name])
  })
  const listed = isManifest || path.startsWith('charts/')
  return (
    <ConfirmDialog
      title={`Delete ${path}?`}
      confirmLabel="Delete"
      onConfirm={() => {
        const note = isManifest
          ? applyPackEdit(store, (pack) => deleteManifest(pack, path, hasValuesKey && removeValues))
          : applyPackEdit(store, (pack) => ({ pack: deletePackFile(pack, path) }))
        onNote(note ?? `Deleted ${path}.`)
        if (store.getState().selectedPath === path) store.selectFile('pack.json')
      }}
      onClose={onClose}
    >
      <p>The file is removed from the pack{listed ? ' and from pack.json' : ''}.</p>
      {hasValuesKey && (
        <label>
          <input type="checkbox" checked={removeValues} onChange={(event) => { setRemoveValues(event.target.checked) }} /> Also remove <code>manifests.{name}</code> from values.yaml
        </label>
      )}
    </ConfirmDialog>
  )
}
