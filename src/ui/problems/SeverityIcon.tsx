import type { Severity } from '../../core'

const LABELS: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' }
const GLYPHS: Readonly<Record<Severity, string>> = { error: '✕', warning: '!', info: 'i' }

/** A small coloured badge for a severity, with its name for screen readers. */
export function SeverityIcon({ severity }: { readonly severity: Severity }) {
  return <span className={`severity severity--${severity}`} role="img" aria-label={LABELS[severity]}>{GLYPHS[severity]}</span>
}
