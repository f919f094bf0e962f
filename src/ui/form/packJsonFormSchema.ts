import type { RJSFSchema } from '@rjsf/utils'
import { PACK_JSON_AUTHOR_SCHEMA } from '../../core/schema/packJsonSchema'

/** The core's pack.json author schema, as rjsf sees it: the same object the linter and the precompiled validator use. */
export const PACK_JSON_FORM_SCHEMA = PACK_JSON_AUTHOR_SCHEMA as unknown as RJSFSchema
