import { PACK_JSON } from '../../../pack/pack'
import type { Rule } from '../../types'

/** R1 (existence): every pack has a pack.json. */
export const packJsonMissing: Rule = {
  id: 'files/pack-json-missing',
  severity: 'error',
  description: 'The pack has a pack.json at its top level.',
  spec: 'R1',
  *check(context) {
    if (context.pack.files.has(PACK_JSON)) return
    const nested = [...context.pack.files.keys()].find((path) => path.endsWith(`/${PACK_JSON}`))
    yield {
      file: PACK_JSON,
      message: 'The pack has no pack.json',
      hint: nested !== undefined ? `Found ${nested}: the pack folder may be nested one level too deep.` : 'Add a pack.json with name, displayName, version and layer.',
    }
  },
}
