// Fix functions of the file rules.
import { removeFile } from '../../pack/pack'
import type { FixFunction } from '../types'
import { stringArg } from './fixArguments'

/** Removes one file from the pack (a leftover Palette ignores, or a manifest nobody lists). */
export const removePackFile: FixFunction = (pack, args) => {
  const path = stringArg(args, 'path')
  return path === undefined ? pack : removeFile(pack, path)
}
