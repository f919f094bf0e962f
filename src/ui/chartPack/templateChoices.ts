// The template list only: the templates' files (and the pack.json schema they use) load when one is chosen.
import { PACK_TEMPLATES } from '../../core/pack/packTemplateList'
import type { PackTemplateId } from '../../core'
import type { PackStore } from '../state/packStore'
import { describeLoadError } from '../layout/lazyPanel'

/** One choice of the start page and the New pack menu. */
export interface TemplateChoice {
  readonly key: string
  readonly label: string
  readonly description: string
  readonly start: (store: PackStore) => Promise<void>
}

function fromTemplate(id: PackTemplateId): (store: PackStore) => Promise<void> {
  return async (store) => {
    const { packFromTemplate } = await import('../../core/pack/packTemplates')
    store.replacePack(await packFromTemplate(id), 'author')
  }
}

/**
 * The core's templates, one per layer, plus the blank OS pack whose per-cloud form fills the
 * annotations. "From a chart" is a file picker, offered beside these.
 */
export const TEMPLATE_CHOICES: readonly TemplateChoice[] = [
  ...PACK_TEMPLATES.slice(0, 2).map((template) => ({ key: template.id, label: template.label, description: template.description, start: fromTemplate(template.id) })),
  {
    key: 'os',
    label: 'OS pack',
    description: 'An OS image for AWS, Azure or vSphere, described by annotations.',
    start: async (store: PackStore) => {
      const { newPack } = await import('../state/newPack')
      store.replacePack(newPack('os'), 'author')
    },
  },
  ...PACK_TEMPLATES.slice(2).map((template) => ({ key: template.id, label: template.label, description: template.description, start: fromTemplate(template.id) })),
]

/** Starts a choice; when its code cannot be downloaded (offline, no service worker yet) the message says so. */
export async function startChoice(choice: TemplateChoice, store: PackStore): Promise<string | undefined> {
  try {
    await choice.start(store)
    return undefined
  } catch (error) {
    return `Could not start the ${choice.label}: ${describeLoadError(error instanceof Error ? error : new Error(String(error)))}`
  }
}
