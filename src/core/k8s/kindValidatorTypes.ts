/** One error of a precompiled AJV validator (the fields the checks read). */
export interface SchemaValidationError {
  readonly instancePath: string
  readonly keyword: string
  readonly message?: string
  readonly params: Readonly<Record<string, unknown>>
}

/** A precompiled AJV standalone validator: returns true when valid, else sets `errors`. */
export interface KindValidateFunction {
  (data: unknown): boolean
  errors?: readonly SchemaValidationError[] | null
}

/** The shape of a `kubernetes-models/_schemas/*` module. */
export interface KindValidatorModule {
  readonly validate: (data: unknown) => boolean
}

/** The property names of each built-in kind, generated from kubernetes-models' declarations. */
export interface PropertyIndex {
  /** Per object type: property name -> type index, or -1 for a value whose keys are free. */
  readonly types: readonly Readonly<Record<string, number>>[]
  /** apiVersion/kind -> the type index of the kind. */
  readonly kinds: Readonly<Record<string, number>>
}
