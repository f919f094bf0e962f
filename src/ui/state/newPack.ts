import { createPack } from '../../core/pack/pack'
import { starterPackFiles } from '../../core/pack/starterPack'
import { encodeText } from '../../core/text/encoding'
import type { Pack } from '../../core'

/** The kinds of pack the "New pack" menu offers. */
export type StarterKind = 'manifest' | 'chart' | 'os'

/** Menu labels of the starter kinds. */
export const STARTER_LABELS: Readonly<Record<StarterKind, string>> = {
  manifest: 'Manifest add-on pack',
  chart: 'Helm chart add-on pack',
  os: 'OS pack',
}

/** A new pack from the core's starter files. */
export function newPack(kind: StarterKind): Pack {
  const files = Object.entries(starterPackFiles(kind)).map(([path, text]) => [path, encodeText(text)] as const)
  return createPack('', files)
}
