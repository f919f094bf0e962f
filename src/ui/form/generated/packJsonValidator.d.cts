import type { ValidatorFunctions } from '@rjsf/validator-ajv8'
declare const validateFns: ValidatorFunctions
export = validateFns
