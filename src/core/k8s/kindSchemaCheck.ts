import { KIND_VALIDATORS } from './generated/kindValidators'
import type { KindValidateFunction } from './kindValidatorTypes'
import type { DocumentProblem } from './renderedFinding'
import { describeAjvErrors } from './schemaErrors'

export const SCHEMA_RULE_ID = 'rendered/schema'

/** True when kubernetes-models has a schema for this apiVersion/kind (a built-in kind). */
export function hasKindSchema(apiVersion: string, kind: string): boolean {
  return Object.hasOwn(KIND_VALIDATORS, `${apiVersion}/${kind}`)
}

// Each kind's validator is a separate chunk in the browser bundle; load it once and keep it.
const loaded = new Map<string, Promise<KindValidateFunction | undefined>>()

function loadValidator(apiVersion: string, kind: string): Promise<KindValidateFunction | undefined> {
  const key = `${apiVersion}/${kind}`
  let pending = loaded.get(key)
  if (pending === undefined) {
    const loader = Object.hasOwn(KIND_VALIDATORS, key) ? KIND_VALIDATORS[key] : undefined
    pending = loader === undefined ? Promise.resolve(undefined) : loader().then((module) => module.validate as KindValidateFunction)
    loaded.set(key, pending)
  }
  return pending
}

/**
 * Validates a built-in kind against the Kubernetes OpenAPI schema kubernetes-models compiled. These
 * precompiled AJV validators need no `eval` (the CSP holds) and none of them imports the package's
 * `re2-wasm` pattern runtime (the schemas carry no `pattern`), so they run alike in Node and a worker.
 */
export async function checkKindSchema(apiVersion: string, kind: string, value: unknown): Promise<DocumentProblem[]> {
  const validate = await loadValidator(apiVersion, kind)
  if (validate === undefined || validate(value)) return []
  return describeAjvErrors(validate.errors ?? [], value).map((violation) => ({
    ruleId: SCHEMA_RULE_ID,
    severity: 'error',
    path: violation.path,
    message: `${violation.message} (${kind} ${apiVersion} schema).`,
    hint: 'Fix the value in the chart values or the manifest that produce it; Kubernetes rejects the object as it is.',
  }))
}
