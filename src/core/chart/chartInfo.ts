/** A dependency declared in a chart's Chart.yaml. */
export interface ChartDependency {
  readonly name: string
  readonly version: string
  readonly repository?: string
  /** The key the subchart's values live under in the parent, when it differs from `name`. */
  readonly alias?: string
  /** Comma-separated value paths that enable or disable the subchart. */
  readonly condition?: string
}

/** A subchart unpacked in the chart's `charts/` folder that ships a values.schema.json. */
export interface SubchartSchema {
  /** The subchart's folder under `charts/` (its Chart.yaml name as Helm packages it). */
  readonly folder: string
  readonly valuesSchemaJson: string
  readonly valuesYaml?: string
}

/** A subchart shipped inside the chart (`charts/<sub>/` or `charts/<sub>.tgz`), with its defaults. */
export interface Subchart {
  /** Chart.yaml `name` of the subchart. */
  readonly name: string
  /** The subchart's values.yaml text. */
  readonly valuesYaml: string
  /** Chart.yaml `appVersion` of the subchart, when set. */
  readonly appVersion?: string
  /** True when a template of the subchart reads `.Chart.AppVersion` (image tags default to it). */
  readonly templatesUseAppVersion?: boolean
  /** What the templates put before the appVersion in an image tag (`v` for `printf "v%s" .Chart.AppVersion`). */
  readonly appVersionTagPrefix?: string
}

/** What the builder reads from a packaged Helm chart (.tgz). */
export interface ChartInfo {
  /**
   * The single top folder inside the archive; Palette keys `charts.<folder>` by it. For a chart tarred
   * without a top folder (`./Chart.yaml`, as in consul-k8s-1.3.0), the Chart.yaml name.
   */
  readonly folder: string
  /** Chart.yaml `name`. */
  readonly name: string
  /** Chart.yaml `version`. */
  readonly version: string
  /** Chart.yaml `appVersion`, when set. */
  readonly appVersion?: string
  readonly description?: string
  readonly dependencies: readonly ChartDependency[]
  /** The chart's own values.yaml text, when it has one. */
  readonly valuesYaml?: string
  /** The chart's values.schema.json text, when it has one (Helm validates values against it). */
  readonly valuesSchemaJson?: string
  /** values.schema.json files of unpacked subcharts (`charts/<sub>/`); archived subcharts are not read. */
  readonly subchartSchemas?: readonly SubchartSchema[]
  /** Chart.yaml `keywords`, when set. */
  readonly keywords?: readonly string[]
  /** Chart.yaml `annotations` whose values are strings, when set. */
  readonly annotations?: Readonly<Record<string, string>>
  /** Chart.yaml `home`, when set. */
  readonly home?: string
  /** Chart.yaml `sources`, when set. */
  readonly sources?: readonly string[]
  /** The chart's README.md text, when it has one. */
  readonly readme?: string
  /** True when a template reads `.Chart.AppVersion` (charts default image tags to it). */
  readonly templatesUseAppVersion?: boolean
  /** What the templates put before the appVersion in an image tag (`v` for `printf "v%s" .Chart.AppVersion`). */
  readonly appVersionTagPrefix?: string
  /** Top-level value keys the chart's own templates read (`.Values.<key>`), sorted. */
  readonly templateValueKeys?: readonly string[]
  /** Subcharts shipped in the archive that have a values.yaml. */
  readonly subcharts?: readonly Subchart[]
}

/** The result of reading a chart archive: its info, or why it could not be read. */
export type ChartInspection =
  | { readonly ok: true; readonly chart: ChartInfo }
  | { readonly ok: false; readonly problem: string }
