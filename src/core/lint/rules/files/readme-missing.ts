import { README_MD } from '../../../pack/pack'
import type { Rule } from '../../types'

/** R12: Palette shows README.md when a user picks the pack; pack-central CI requires it. */
export const readmeMissing: Rule = {
  id: 'files/readme-missing',
  severity: 'warning',
  description: 'The pack has a README.md at its top level.',
  spec: 'R12',
  *check(context) {
    if (context.pack.files.has(README_MD)) return
    const otherCase = [...context.pack.files.keys()].find((path) => path.toLowerCase() === 'readme.md')
    yield {
      file: README_MD,
      message: 'The pack has no README.md, so Palette shows no description when the pack is picked',
      hint: otherCase !== undefined ? `Rename ${otherCase} to README.md.` : 'Add a README.md that says what the pack installs and how to configure it.',
    }
  },
}
