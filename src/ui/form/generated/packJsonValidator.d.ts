import type { ValidatorFunctions } from '@rjsf/validator-ajv8'

/** Precompiled validators of the pack.json form schema, keyed by schema id (see scripts/compileFormValidator.ts). */
declare const validateFns: ValidatorFunctions
export default validateFns
