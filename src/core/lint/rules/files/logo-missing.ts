import { LOGO_PNG } from '../../../pack/pack'
import type { Rule } from '../../types'

/** R11: every pack ships logo.png; Palette shows it in the pack list and pack-central CI requires it. */
export const logoMissing: Rule = {
  id: 'files/logo-missing',
  severity: 'error',
  description: 'The pack has a logo.png at its top level.',
  spec: 'R11',
  *check(context) {
    if (context.pack.files.has(LOGO_PNG)) return
    const otherLogo = [...context.pack.files.keys()].find((path) => /^logo\.[a-z]+$/i.test(path))
    yield {
      file: LOGO_PNG,
      message: 'The pack has no logo.png',
      hint: otherLogo === undefined
        ? 'Add a square PNG logo named logo.png at the top of the pack.'
        : /\.png$/i.test(otherLogo)
          ? `Rename ${otherLogo} to logo.png: the name is case-sensitive.`
          : `Convert ${otherLogo} to PNG and name it logo.png.`,
    }
  },
}
