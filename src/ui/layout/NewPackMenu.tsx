import { usePackStore } from '../state/usePackStore'
import { newPack, STARTER_LABELS } from '../state/newPack'
import type { StarterKind } from '../state/newPack'
import { MenuButton } from './MenuButton'

const KINDS = Object.keys(STARTER_LABELS) as StarterKind[]

/** "New pack" menu: starts a starter pack of the chosen kind. */
export function NewPackMenu() {
  const store = usePackStore()
  return (
    <MenuButton
      label="New pack"
      menuLabel="New pack"
      entries={KINDS.map((kind) => ({ label: STARTER_LABELS[kind], onSelect: () => { store.replacePack(newPack(kind), 'author') } }))}
    />
  )
}
