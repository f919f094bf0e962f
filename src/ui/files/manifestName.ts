/** Lower-case letters, digits and `-` inside: safe as a file name, as the `manifests.<name>` values key and as a Kubernetes resource name. */
const MANIFEST_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/

/** The path a manifest named `name` gets. */
export function manifestPath(name: string): string {
  return `manifests/${name}.yaml`
}

/** The manifest's name (its values key): the file's basename without `.yaml`/`.yml`. */
export function manifestNameOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1)
  return base.replace(/\.ya?ml$/, '')
}

/**
 * Why `name` cannot be a new manifest name, or undefined when it can. `existingPaths` are the pack's
 * files; `currentPath` is the manifest being renamed, which may keep its own name.
 */
export function manifestNameProblem(name: string, existingPaths: Iterable<string>, currentPath?: string): string | undefined {
  if (name.trim() === '') return 'Enter a name.'
  if (name.length > 63) return 'Use at most 63 characters.'
  if (/\.ya?ml$/i.test(name)) return 'Leave out ".yaml": the file is named <name>.yaml for you.'
  if (!MANIFEST_NAME.test(name)) return 'Use lower-case letters, digits and "-" (not at the start or end), for example "my-app".'
  for (const path of existingPaths) {
    if (path === currentPath) continue
    if (path.startsWith('manifests/') && manifestNameOf(path) === name) return `A manifest named "${name}" already exists.`
  }
  return undefined
}
