import type { ChartInspection } from '../chart/chartInfo'
import type { LogoInspection } from '../logo/logoInfo'
import type { JsonView } from '../pack/jsonView'
import type { Pack } from '../pack/pack'
import type { YamlDocumentView, YamlFileView } from '../pack/yamlView'

/** How bad a finding is. Errors block a download or a build. */
export type Severity = 'error' | 'warning' | 'info'

/**
 * `author`: the strict profile for packs made with the builder (spec section 2.5).
 * `import`: what Palette really accepts; the real packs' deviations become warnings.
 */
export type LintMode = 'author' | 'import'

/** One problem, pinned to a file and, where it can be, a line and column. */
export interface Finding {
  /** Stable rule id such as `pack-json/addon-type-required`; tests and users match on it. */
  readonly ruleId: string
  readonly severity: Severity
  /** Path of the file inside the pack, or '' when the finding is about the pack as a whole. */
  readonly file: string
  /** 1-based line, when the finding has a place in a text file. */
  readonly line?: number
  /** 1-based column, with `line`. */
  readonly column?: number
  /** JSON pointer into pack.json or a YAML file, when the finding is about one value. */
  readonly pointer?: string
  /** What is wrong, in words a pack author understands. */
  readonly message: string
  /** How to fix it, when there is an obvious way. */
  readonly hint?: string
  /** Edits that resolve it, best first; absent when there is none. Plain data: they cross postMessage. */
  readonly fixes?: readonly FixDescriptor[]
}

/** What a rule reports; the engine adds the rule id, default severity and line/column. */
export interface FindingDraft {
  readonly file: string
  readonly pointer?: string
  readonly line?: number
  readonly column?: number
  readonly message: string
  readonly hint?: string
  /** Overrides the rule's severity, for rules whose severity depends on the mode or the case. */
  readonly severity?: Severity
  /** Fixes the rule offers; the engine stamps them with the rule id. */
  readonly fixes?: readonly FixOffer[]
}

/** A fix argument: plain JSON data, so a descriptor survives postMessage and `--format json`. */
export type FixArgument = string | number | boolean | null | readonly string[] | readonly number[]

/**
 * A fix a finding offers, as data: which rule and which of its fixes, with the arguments the rule
 * computed while checking. `applyFix` re-runs the rule's fix function on the current pack.
 */
export interface FixDescriptor {
  readonly ruleId: string
  /** Names one entry of the rule's `fixes`. */
  readonly fixId: string
  /** What the fix does, as a command: `Rename "KubeManifests" to "kubeManifests"`. */
  readonly title: string
  /** Safe fixes keep the pack's meaning (or restore the obvious intent): `validate --fix` applies them unreviewed. */
  readonly safe: boolean
  /** Needs the browser (a canvas to re-encode an image): the app applies it itself, the CLI skips it. */
  readonly browserOnly?: boolean
  readonly args: Readonly<Record<string, FixArgument>>
}

/** What a rule puts in a draft; the engine adds the rule id. */
export type FixOffer = Omit<FixDescriptor, 'ruleId'>

/**
 * A rule's fix: a pure function from the pack to the fixed pack. It re-checks its arguments against
 * the pack it gets and returns the same pack when there is nothing (left) to do, so a stale
 * descriptor never damages anything. It edits only the files it must, keeping their formatting.
 */
export type FixFunction = (pack: Pack, args: Readonly<Record<string, FixArgument>>) => Pack

/** Everything a rule may read: the pack and the views derived from it. Rules do no I/O. */
export interface LintContext {
  readonly pack: Pack
  readonly mode: LintMode
  /** pack.json parsed with positions; undefined when the pack has no pack.json. */
  readonly packJson: JsonView | undefined
  /** pack.json's top-level object, when the file is strict JSON holding an object. */
  readonly packJsonObject: Readonly<Record<string, unknown>> | undefined
  /** values.yaml parsed with positions; undefined when the pack has no values.yaml. */
  readonly values: YamlDocumentView | undefined
  /** What could be read from every `.tgz` in the pack, by path. */
  readonly charts: ReadonlyMap<string, ChartInspection>
  /** What logo.png really is; undefined when there is no logo.png. */
  readonly logo: LogoInspection | undefined
  /** A file of the pack decoded as UTF-8 text (see decodeText); memoized. */
  text(path: string): string | undefined
  /** A single-document YAML file of the pack (presets.yaml, schema.yaml), parsed; memoized. */
  yaml(path: string): YamlDocumentView | undefined
  /** A multi-document YAML file of the pack (a manifest), parsed; memoized. */
  yamlFile(path: string): YamlFileView | undefined
}

/** One lint rule: a pure function from the pack's views to findings. */
export interface Rule {
  /** Stable id, `<group>/<name>`; the module file is named after `<name>`. */
  readonly id: string
  /** Default severity; a draft may override it. */
  readonly severity: Severity
  /** One sentence: what the rule checks. */
  readonly description: string
  /** The spec rule(s) it implements, such as `R5`. */
  readonly spec: string
  check(context: LintContext): Iterable<FindingDraft>
  /** The fixes its findings may offer, by fix id. Browser-only fixes have no entry here. */
  readonly fixes?: Readonly<Record<string, FixFunction>>
}
