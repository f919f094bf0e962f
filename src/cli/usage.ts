/** Wrong command-line usage: reported with the usage text and exit code 2. */
export class CliUsageError extends Error {}

/** The help text. */
export const USAGE = `Usage:
  pack-builder validate <path>... [--mode author|import] [--format text|json] [--no-render] [--fix]
                       [--kube-version V] [--set path=value]... [--timeout SECONDS]
  pack-builder render <path> [-o DIR] [--kube-version V] [--set path=value]... [--timeout SECONDS]
  pack-builder build <dir|archive> --format zip|tar.gz [-o FILE] [--mode author|import] [--force]
                    [--oci-manifest FILE]

A <path> is a pack directory, a .zip, a .tar.gz or a .tgz.

validate  Checks each pack with the Palette pack rules and prints one line per problem.
          --mode import (default): what Palette accepts; author: the strict rules for new packs.
          Exit 0: no pack has errors. 1: some pack has errors. 2: an input cannot be read, or bad usage.
          It also renders the charts and manifests (as helm template does) and reports templates
          that fail or need input; --no-render skips that.
          --fix: applies every safe fix to each pack folder in place (never to an archive), prints
          what it changed, then validates the fixed pack. Files no fix touches are left as they are.
render    Prints the pack's charts and manifests rendered like helm template (--kube-version v1.34.0
          by default), with # Source: headers; -o DIR writes one file per template instead.
          --set charts.<folder>.key=value overrides values.yaml. Problems go to stderr.
          Each chart may take --timeout seconds (default 60).
build     Writes <name>-<version>.zip or .tar.gz (one top folder <name>-<version>/, reproducible bytes).
          Refuses, listing the errors, when the pack has errors, unless --force.
          With --format tar.gz it prints the archive's OCI digest; --oci-manifest FILE also writes the
          image manifest ORAS v1.0.0 pushes for it (what Palette expects), for other registry clients.`

/** Parses `--mode`. */
export function parseMode(mode: string): 'author' | 'import' {
  if (mode === 'author' || mode === 'import') return mode
  throw new CliUsageError(`--mode must be 'author' or 'import', not '${mode}'`)
}

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
}

/** The options every command understands. */
export interface CommandArgs {
  readonly positionals: readonly string[]
  readonly mode: string
  readonly format: string | undefined
  readonly output: string | undefined
  readonly force: boolean
  /** build: where to write the OCI manifest ORAS 1.0.0 would push for the .tar.gz. */
  readonly ociManifest: string | undefined
  /** render/validate: the Kubernetes version to render for. */
  readonly kubeVersion?: string | undefined
  /** render/validate: `path=value` overrides of values.yaml. */
  readonly set?: readonly string[]
  /** render/validate: seconds each chart may take to render. */
  readonly timeout?: string | undefined
  /** validate: skip rendering the charts and manifests. */
  readonly noRender?: boolean
  /** validate: apply the safe fixes to pack folders in place. */
  readonly fix: boolean
}

