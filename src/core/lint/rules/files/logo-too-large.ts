import { LOGO_PNG } from '../../../pack/pack'
import type { Rule } from '../../types'

/** Largest logo side accepted, in pixels: decoding is width x height x 4 bytes, so 20000x20000 is 1.6 GB. */
export const MAX_LOGO_SIDE = 4096

/** logo.png's header must declare a size a browser can decode without exhausting memory. */
export const logoTooLarge: Rule = {
  id: 'files/logo-too-large',
  severity: 'error',
  description: `logo.png is at most ${MAX_LOGO_SIDE}x${MAX_LOGO_SIDE} pixels (read from its header, never decoded).`,
  spec: 'R11',
  *check(context) {
    const { logo } = context
    if (logo?.width === undefined || logo.height === undefined) return
    if (logo.width <= MAX_LOGO_SIDE && logo.height <= MAX_LOGO_SIDE) return
    yield {
      file: LOGO_PNG,
      message: `logo.png is ${logo.width}x${logo.height} pixels; decoding it would take ${Math.round((logo.width * logo.height * 4) / 1024 ** 2)} MiB of memory, so it is not shown or used`,
      hint: `Scale the logo down to at most ${MAX_LOGO_SIDE}x${MAX_LOGO_SIDE} pixels (a few hundred pixels is plenty).`,
    }
  },
}
