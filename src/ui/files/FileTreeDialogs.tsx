import { DeleteFileDialog } from './DeleteFileDialog'
import { NameDialog } from './NameDialog'
import { addManifest, applyPackEdit, renameManifest } from './packActions'
import type { PackStore } from '../state/packStore'
import { manifestNameOf, manifestNameProblem, manifestPath } from './manifestName'

/** Which file-tree dialog is open. */
export type FileTreeDialog =
  | { readonly kind: 'add-manifest' }
  | { readonly kind: 'rename-manifest'; readonly path: string }
  | { readonly kind: 'delete'; readonly path: string }

/** The open file-tree dialog, wired to the pack actions. */
export function FileTreeDialogs({ dialog, store, onNote, onClose }: {
  readonly dialog: FileTreeDialog
  readonly store: PackStore
  /** Tells the user what happened (or what could not follow, such as a broken values.yaml). */
  readonly onNote: (message: string) => void
  readonly onClose: () => void
}) {
  const paths = () => store.getState().pack.files.keys()
  switch (dialog.kind) {
    case 'add-manifest':
      return (
        <NameDialog
          title="Add a manifest"
          label="Manifest name (also its key under manifests: in values.yaml)"
          initialName=""
          submitLabel="Add manifest"
          problemOf={(name) => manifestNameProblem(name, paths())}
          onSubmit={(name) => {
            const note = applyPackEdit(store, (pack) => addManifest(pack, name))
            onNote(note ?? `Added manifests/${name}.yaml, with its values under manifests.${name} in values.yaml.`)
            store.selectFile(manifestPath(name))
          }}
          onClose={onClose}
        />
      )
    case 'rename-manifest': {
      const { path } = dialog
      return (
        <NameDialog
          title={`Rename ${path}`}
          label="New manifest name"
          initialName={manifestNameOf(path)}
          submitLabel="Rename"
          problemOf={(name) => manifestNameProblem(name, paths(), path)}
          onSubmit={(name) => {
            const note = applyPackEdit(store, (pack) => renameManifest(pack, path, name))
            onNote(note ?? `Renamed ${path} to ${name}.yaml; pack.json and values.yaml follow.`)
            store.selectFile(`${path.slice(0, path.lastIndexOf('/') + 1)}${name}.yaml`)
          }}
          onClose={onClose}
        />
      )
    }
    case 'delete':
      return <DeleteFileDialog path={dialog.path} store={store} onNote={onNote} onClose={onClose} />
  }
}
