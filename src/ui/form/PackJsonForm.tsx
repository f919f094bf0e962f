import { useEffect, useMemo, useState } from 'react'
import Form from '@rjsf/core'
import type { IChangeEvent } from '@rjsf/core'
import type { ErrorSchema } from '@rjsf/utils'
import { createPrecompiledValidator } from '@rjsf/validator-ajv8'
import { isPlainObject } from '../../core/data/isPlainObject'
import { followStarterText } from '../../core/pack/followStarterText'
import { parseJsonView } from '../../core/pack/jsonView'
import { readTextFile, setTextFile } from '../../core/pack/pack'
import { applyPackJsonObject } from '../../core/pack/packJsonEdit'
import { TextFileEditor } from '../editors/TextFileEditor'
import { useFindings } from '../lint/useFindings'
import { useAppState, usePackStore } from '../state/usePackStore'
import validateFns from './generated/packJsonValidator.js'
import { findingsToExtraErrors, pointerToFieldId } from './formErrors'
import { mergeFormData, withFollowingFields } from './formData'
import { FORM_TEMPLATES, translateFormString } from './formTemplates'
import { OsAnnotationsHelper } from './OsAnnotationsHelper'
import { withOsAnnotations } from './osAnnotations'
import { PACK_JSON_FORM_SCHEMA } from './packJsonFormSchema'
import { packJsonUiSchema } from './packJsonUiSchema'
import './PackJsonForm.css'

const validator = createPrecompiledValidator(validateFns, PACK_JSON_FORM_SCHEMA)
type JsonObject = Readonly<Record<string, unknown>>

/** The annotation keys of a pack.json object, as one comparable string. */
function annotationKeysOf(object: JsonObject | undefined): string {
  const annotations = object?.annotations
  return typeof annotations === 'object' && annotations !== null ? Object.keys(annotations).join('\u0000') : ''
}

/** Focuses the form control for a pack.json pointer, falling back to the closest enclosing field. */
function focusField(pointer: string): void {
  let id = pointerToFieldId(pointer)
  for (;;) {
    const element = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[id^="${CSS.escape(id)}-"]`)
    if (element) {
      element.scrollIntoView({ block: 'center' })
      element.focus()
      return
    }
    const cut = id.lastIndexOf('_')
    if (cut <= 0) return
    id = id.slice(0, cut)
  }
}

/** pack.json as a form (rjsf, precompiled validator) with an "Edit as JSON" view of the same file. */
export function PackJsonForm() {
  const store = usePackStore()
  const pack = useAppState((state) => state.pack)
  const reveal = useAppState((state) => state.reveal)
  const { findings } = useFindings()
  const [view, setView] = useState<'form' | 'json'>('form')
  // A problem with a line but no field (a syntax error, say) opens the JSON view, until the user picks the form again.
  const [formChosenAt, setFormChosenAt] = useState(0)
  const revealNeedsJson = reveal?.path === 'pack.json' && reveal.pointer === undefined && reveal.nonce > formChosenAt
  const shownView = revealNeedsJson ? 'json' : view
  const bytes = pack.files.get('pack.json')
  const parsed = useMemo(() => (bytes === undefined ? undefined : parseJsonView(bytes)), [bytes])
  const object = isPlainObject(parsed?.value) ? parsed.value : undefined
  const extraErrors = useMemo(() => findingsToExtraErrors(findings) as ErrorSchema, [findings])
  const layer = object?.layer
  const uiSchema = useMemo(() => packJsonUiSchema({ showAddonType: layer === 'addon' || object?.addonType !== undefined }), [layer, object?.addonType])

  useEffect(() => {
    if (reveal?.path !== 'pack.json' || reveal.pointer === undefined || shownView !== 'form') return
    const pointer = reveal.pointer
    const frame = requestAnimationFrame(() => { focusField(pointer) })
    return () => { cancelAnimationFrame(frame) }
  }, [reveal, shownView])

  // rjsf keeps rendering the additional-property (annotation) keys it already has when new form data
  // arrives from outside (undo, the OS helper, the JSON view). When the keys change other than through
  // the form itself, a fresh Form is mounted; changes typed in the form never remount it.
  const annotationKeys = annotationKeysOf(object)
  const [formAnnotationKeys, setFormAnnotationKeys] = useState(annotationKeys)
  const [formRevision, setFormRevision] = useState(0)
  if (annotationKeys !== formAnnotationKeys) {
    setFormAnnotationKeys(annotationKeys)
    setFormRevision((revision) => revision + 1)
  }
  const showForm = () => {
    setView('form')
    setFormChosenAt(reveal?.nonce ?? 0)
  }
  const writeObject = (next: JsonObject) => {
    store.updatePack((current) => {
      const text = readTextFile(current, 'pack.json')
      if (text === undefined) return current
      const written = setTextFile(current, 'pack.json', applyPackJsonObject(text, next))
      // Starter text made from the old name (values.yaml's comment and namespace, README's title) follows it.
      return object ? followStarterText(written, { name: object.name, displayName: object.displayName }, { name: next.name, displayName: next.displayName }) : written
    })
  }
  const onChange = (event: IChangeEvent) => {
    if (!object) return
    const next = withFollowingFields(object, mergeFormData(object, event.formData, PACK_JSON_FORM_SCHEMA))
    setFormAnnotationKeys(annotationKeysOf(next))
    writeObject(next)
  }

  return (
    <section className="pack-form" aria-label="pack.json">
      <div className="pack-form__toolbar" role="group" aria-label="pack.json view">
        <button type="button" className="segmented" aria-pressed={shownView === 'form'} onClick={showForm}>Form</button>
        <button type="button" className="segmented" aria-pressed={shownView === 'json'} onClick={() => { setView('json') }}>Edit as JSON</button>
      </div>
      {shownView === 'json' ? (
        <TextFileEditor path="pack.json" />
      ) : parsed === undefined ? (
        <p className="banner banner--error" role="alert">This pack has no pack.json. Create one from the file tree or start a new pack.</p>
      ) : object === undefined ? (
        <div className="banner banner--error" role="alert">
          <p>pack.json has syntax errors — fix them in the JSON view.</p>
          <ul>{parsed.errors.slice(0, 3).map((error) => <li key={`${error.position.line}:${error.position.column}`}>Line {error.position.line}, column {error.position.column}: {error.message}</li>)}</ul>
          <button type="button" className="button" onClick={() => { setView('json') }}>Open the JSON view</button>
        </div>
      ) : (
        <>
          {layer === 'os' && (
            <OsAnnotationsHelper
              initialCloud={Array.isArray(object.cloudTypes) ? String(object.cloudTypes[0]) : undefined}
              onApply={(cloud) => { writeObject(withOsAnnotations(object, cloud)) }}
            />
          )}
          <Form
            key={formRevision}
            schema={PACK_JSON_FORM_SCHEMA}
            uiSchema={uiSchema}
            templates={FORM_TEMPLATES}
            translateString={translateFormString}
            validator={validator}
            formData={object}
            onChange={onChange}
            // The field errors are the core's findings (the same rules as the CLI, worded for people);
            // rjsf's own live validation would add raw ajv messages beside them.
            extraErrors={extraErrors}
            showErrorList={false}
            noHtml5Validate
            experimental_defaultFormStateBehavior={{ emptyObjectFields: 'skipDefaults', arrayMinItems: { populate: 'never' } }}
          />
        </>
      )}
    </section>
  )
}
