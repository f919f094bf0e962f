import { FixError, applyFix, applyFixes } from '../../core/lint/fixes/applyFix'
import { inspectLogo } from '../../core/logo/inspectLogo'
import { LOGO_PNG, setFile } from '../../core/pack/pack'
import type { FixDescriptor } from '../../core'
import { convertToPng } from '../files/convertToPng'
import type { PackStore } from '../state/packStore'

/** Re-encodes logo.png as a real PNG in the browser; the bytes are re-read, never taken from the finding. */
async function convertLogo(store: PackStore): Promise<void> {
  const bytes = store.getState().pack.files.get(LOGO_PNG)
  if (bytes === undefined) return
  const png = await convertToPng(bytes, inspectLogo(bytes).format)
  // Only if the logo is still the one converted: a newer upload wins.
  store.updatePack((pack) => (pack.files.get(LOGO_PNG) === bytes ? setFile(pack, LOGO_PNG, png) : pack), { undoStep: 'own' })
}

/** The fixes the app applies itself because they need the browser, by `ruleId fixId`. */
const BROWSER_FIXES: Readonly<Record<string, (store: PackStore) => Promise<void>>> = {
  'files/logo-not-png convert-to-png': convertLogo,
}

/**
 * Applies one fix to the store's pack as one undo step (the lint worker then re-checks the pack).
 * Resolves to a message for the user when it cannot be applied; never throws.
 */
export async function applyFindingFix(store: PackStore, fix: FixDescriptor): Promise<string | undefined> {
  try {
    if (fix.browserOnly === true) {
      const browserFix = BROWSER_FIXES[`${fix.ruleId} ${fix.fixId}`]
      if (browserFix === undefined) return `"${fix.title}" is not available here.`
      await browserFix(store)
      return undefined
    }
    store.updatePack((pack) => applyFix(pack, fix), { undoStep: 'own' })
    return undefined
  } catch (error) {
    return failureMessage(fix, error)
  }
}

/** Applies several fixes (all of one kind) in order, as ONE undo step. */
export function applyFindingFixes(store: PackStore, fixes: readonly FixDescriptor[]): string | undefined {
  try {
    store.updatePack((pack) => applyFixes(pack, fixes.filter((fix) => fix.browserOnly !== true)).pack, { undoStep: 'own' })
    return undefined
  } catch (error) {
    const [first] = fixes
    return first === undefined ? undefined : failureMessage(first, error)
  }
}

function failureMessage(fix: FixDescriptor, error: unknown): string {
  const reason = error instanceof FixError || error instanceof Error ? error.message : String(error)
  return `Could not apply "${fix.title}": ${reason}`
}
