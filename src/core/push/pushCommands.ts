/** The kinds of registry a pack can be pushed to (spec section 4). */
export type RegistryKind = 'spectro' | 'oci-basic' | 'ecr'

/** What the user told us about the target registry. Fields that do not apply to the kind are ignored. */
export interface PushTarget {
  readonly kind: RegistryKind
  /** Registry host (and port), without `https://`; legacy and basic OCI registries. */
  readonly host: string
  /** Base content path: the Harbor project (basic OCI) or the repository prefix (ECR). */
  readonly basePath: string
  /** AWS account id (ECR). */
  readonly awsAccountId: string
  /** AWS region (ECR). */
  readonly awsRegion: string
  /** Legacy registry user name; empty means "add it yourself". */
  readonly username: string
  /** The unpacked pack folder on the user's machine (legacy `spectro pack push` reads a folder). */
  readonly packFolder: string
  /** Legacy registry with a self-signed certificate: log in with `--insecure`. */
  readonly insecure: boolean
  /** Legacy registry: replace an existing version (`--force` needs a `--message`). */
  readonly overwrite: boolean
}

/** One step of the push instructions: what it does, and the exact shell command. */
export interface PushCommand {
  readonly title: string
  readonly command: string
}

/** The pack's identity, as in pack.json. */
export interface PackIdentity {
  readonly name: string
  readonly version: string
}

/**
 * One shell word: kept as is when it is plainly safe (or a `<placeholder>` to fill in), otherwise in
 * single quotes, so a value typed into the push form can never become a second command.
 */
export function shellWord(value: string): string {
  if (/^[A-Za-z0-9._:/@%+=,-]+$/.test(value) || /^<[a-z-]+>(\/[A-Za-z0-9._:/@%+=,-]*)?$/.test(value)) return value
  return `'${value.replace(/'/g, `'\\''`)}'`
}

function trimHost(host: string): string {
  return host.trim().replace(/^https?:\/\//, '').replace(/\/+$/, '').replace(/\/v2$/, '')
}

function trimPath(path: string): string {
  return path.trim().replace(/^\/+|\/+$/g, '')
}

function join(...parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('/')
}

/** The host of an ECR registry: `<account>.dkr.ecr.<region>.amazonaws.com`. */
export function ecrHost(awsAccountId: string, awsRegion: string): string {
  return `${awsAccountId.trim()}.dkr.ecr.${awsRegion.trim()}.amazonaws.com`
}

/** The exact commands that push the pack's archive or folder to the target (spec 4.1 and 4.2). */
export function pushCommands(pack: PackIdentity, target: PushTarget): PushCommand[] {
  const archive = `${pack.name}-${pack.version}.tar.gz`
  const base = trimPath(target.basePath)
  if (target.kind === 'spectro') {
    const host = shellWord(trimHost(target.host))
    const user = target.username.trim() === '' ? '' : ` --username ${shellWord(target.username.trim())} --password "$SPECTRO_PASSWORD"`
    const insecure = target.insecure ? ' --insecure' : ''
    const force = target.overwrite ? ` --force --message ${shellWord(`Update ${pack.name} ${pack.version}`)}` : ''
    return [
      { title: 'Log in to the registry', command: `spectro registry login${insecure}${user} ${host}` },
      { title: 'Unzip the downloaded .zip, then push the pack folder', command: `spectro pack push ${shellWord(target.packFolder.trim() || `${pack.name}-${pack.version}`)} --registry-server ${host}${force}` },
    ]
  }
  if (target.kind === 'oci-basic') {
    const host = trimHost(target.host)
    const archivePath = join(host, base, 'spectro-packs/archive')
    return [
      { title: 'Log in with ORAS v1.0.0', command: `oras login ${shellWord(host)}` },
      { title: 'Create the base path repository (an empty push; Harbor creates repositories on push)', command: `oras push ${shellWord(archivePath)}` },
      { title: 'Push the pack archive', command: `oras push ${shellWord(`${archivePath}/${pack.name}:${pack.version}`)} ${shellWord(archive)}` },
    ]
  }
  const host = ecrHost(target.awsAccountId, target.awsRegion)
  const repository = join(base, 'spectro-packs/archive')
  const region = shellWord(target.awsRegion.trim())
  return [
    { title: 'Create the base repository (ECR does not create repositories on push)', command: `aws ecr create-repository --repository-name ${shellWord(repository)} --region ${region}` },
    { title: "Create the pack's repository", command: `aws ecr create-repository --repository-name ${shellWord(`${repository}/${pack.name}`)} --region ${region}` },
    { title: 'Log in with ORAS v1.0.0', command: `aws ecr get-login-password --region ${region} | oras login --username AWS --password-stdin ${shellWord(host)}` },
    { title: 'Push the pack archive', command: `oras push ${shellWord(`${host}/${repository}/${pack.name}:${pack.version}`)} ${shellWord(archive)}` },
  ]
}
