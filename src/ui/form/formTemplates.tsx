import { getUiOptions, TranslatableString } from '@rjsf/utils'
import type { IconButtonProps } from '@rjsf/utils'
import { englishStringTranslator } from '@rjsf/utils'

/**
 * rjsf's "Add" button with a name that says what it adds ("Add annotation", "Add dependency"), from
 * `ui:options.addLabel`: several plain "Add" buttons on one form cannot be told apart by a screen reader.
 */
function AddButton({ id, className, onClick, disabled, uiSchema }: IconButtonProps) {
  const label: unknown = getUiOptions(uiSchema).addLabel
  return (
    <p className={`form-add ${className ?? ''}`}>
      <button id={id} type="button" className="button button--small" onClick={onClick} disabled={disabled}>
        {typeof label === 'string' ? label : 'Add item'}
      </button>
    </p>
  )
}

/** Templates the pack.json form overrides. */
export const FORM_TEMPLATES = { ButtonTemplates: { AddButton } }

/**
 * rjsf's own words, reworded where they leak its internals: the key of an annotation is labelled
 * "Annotation name" rather than "<key> Key".
 */
export function translateFormString(text: TranslatableString, params?: string[]): string {
  if (text === TranslatableString.KeyLabel) return 'Annotation name'
  return englishStringTranslator(text, params)
}
