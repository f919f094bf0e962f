import { Composer, Parser } from 'yaml'
import type { CST, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml'

/** A chart's (or subchart's) default values, parsed; undefined when it has no values.yaml or it does not parse. */
export type ChartDefaults = { readonly value: unknown } | undefined

type ValuesSource = { readonly valuesYaml?: string }
type ComposeOptions = ParseOptions & DocumentOptions & SchemaOptions

// Rules read a chart's values.yaml two ways: typed as Helm types it (the core schema: schemas, keys)
// and with every scalar kept as text (the failsafe schema, so an image `tag: 1.10` stays "1.10").
// Lexing and parsing into tokens is most of the work, so it is done once per text and both readings
// compose the same tokens. Each reading is kept per inspected chart object (inspections are cached
// per chart bytes), so callers share the value and must not change it.
const TYPED: ComposeOptions = {}
const AS_TEXT: ComposeOptions = { schema: 'failsafe', uniqueKeys: false }

const typedBySource = new WeakMap<object, ChartDefaults>()
const textBySource = new WeakMap<object, ChartDefaults>()

/** The chart's default values as Helm types them (as yaml's `parse` reads them); undefined when they do not parse. */
export function chartDefaults(source: ValuesSource): ChartDefaults {
  return reading(source, typedBySource, TYPED)
}

/** The chart's default values with every scalar kept as its text (the failsafe schema); undefined when they do not parse. */
export function chartDefaultsAsText(source: ValuesSource): ChartDefaults {
  return reading(source, textBySource, AS_TEXT)
}

function reading(source: ValuesSource, cache: WeakMap<object, ChartDefaults>, options: ComposeOptions): ChartDefaults {
  if (cache.has(source)) return cache.get(source)
  const defaults = source.valuesYaml === undefined ? undefined : compose(source.valuesYaml, options)
  cache.set(source, defaults)
  return defaults
}

/**
 * What yaml's `parse(text, options)` returns, composed from the text's tokens: a value, or undefined
 * where `parse` throws (a syntax error, a second document, aliases that expand past its default cap).
 */
function compose(text: string, options: ComposeOptions): ChartDefaults {
  const documents = [...new Composer(options).compose(tokensOf(text), true, text.length)]
  const [document] = documents
  if (document === undefined || documents.length > 1 || document.errors.length > 0) return undefined
  try {
    return { value: document.toJS() as unknown }
  } catch {
    return undefined
  }
}

// The tokens of the last few texts: enough for both readings of every chart of a pack, bounded so
// tokens never outlive their use for long. Keys are the inspection's own strings, compared by identity first.
const RECENT_TEXTS = 16
const recentTokens = new Map<string, readonly CST.Token[]>()

function tokensOf(text: string): readonly CST.Token[] {
  const cached = recentTokens.get(text)
  if (cached !== undefined) return cached
  const tokens = [...new Parser().parse(text)]
  recentTokens.set(text, tokens)
  if (recentTokens.size > RECENT_TEXTS) recentTokens.delete(recentTokens.keys().next().value ?? '')
  return tokens
}
