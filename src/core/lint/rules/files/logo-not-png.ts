import { LOGO_PNG } from '../../../pack/pack'
import type { ImageFormat } from '../../../logo/logoInfo'
import type { Rule } from '../../types'

const FORMAT_NAMES: Record<Exclude<ImageFormat, 'png' | 'unknown'>, string> = {
  jpeg: 'a JPEG image',
  webp: 'a WebP image',
  gif: 'a GIF image',
  svg: 'an SVG drawing',
}

/** R11: logo.png must really be a PNG: the name is not enough. */
export const logoNotPng: Rule = {
  id: 'files/logo-not-png',
  severity: 'error',
  description: 'logo.png is a real, readable PNG image (checked by its signature and header).',
  spec: 'R11',
  *check(context) {
    const logo = context.logo
    if (logo === undefined) return
    if (logo.format !== 'png') {
      yield {
        file: LOGO_PNG,
        message: logo.format === 'unknown' ? 'logo.png is not a PNG, nor any other image format the builder recognises' : `logo.png is ${FORMAT_NAMES[logo.format]}, not a PNG`,
        hint: 'Convert the logo to PNG (for example with an image editor) and save it as logo.png.',
        // Re-encoding needs a canvas: the app converts it; the CLI skips browser-only fixes.
        ...(logo.format === 'unknown' ? {} : { fixes: [{ fixId: 'convert-to-png', title: 'Convert the logo to PNG', safe: true, browserOnly: true, args: { format: logo.format } }] }),
      }
    } else if (logo.problem !== undefined) {
      yield {
        file: LOGO_PNG,
        message: `logo.png is a damaged PNG: ${logo.problem}`,
        hint: 'Export the logo again as PNG.',
      }
    }
  },
}
