/** A dependency declared in a chart's Chart.yaml. */
export interface ChartDependency {
  readonly name: string
  readonly version: string
  readonly repository?: string
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
}

/** The result of reading a chart archive: its info, or why it could not be read. */
export type ChartInspection =
  | { readonly ok: true; readonly chart: ChartInfo }
  | { readonly ok: false; readonly problem: string }
