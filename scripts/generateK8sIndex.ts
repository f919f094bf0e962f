/**
 * Generates the Kubernetes kind index the rendered-output checks use, from the installed
 * `kubernetes-models` package (so the index always matches the validators it ships):
 *
 * - src/core/k8s/generated/kindValidators.ts: apiVersion/kind -> a dynamic import of that kind's
 *   precompiled validator, so the browser bundle loads one small chunk per kind met.
 * - src/core/k8s/generated/propertyIndex.ts: for each kind, the property names each object in it
 *   may hold (kubeconform's `-strict`); the models' validators do not report unknown fields.
 *   A typed literal, not a .json import: TypeScript infers a union of hundreds of object types for
 *   the JSON and typechecks it for a minute.
 *
 * The property names come from the package's TypeScript declarations, read with the compiler API.
 * Run: `npx tsx scripts/generateK8sIndex.ts` (and commit the output); `--check` fails when stale.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const modelsDir = join(root, 'node_modules', 'kubernetes-models')
const outDir = join(root, 'src', 'core', 'k8s', 'generated')

interface KindEntry {
  readonly apiVersion: string
  readonly kind: string
  readonly schemaModule: string
  readonly declarationFile: string
}

/** Every model class file that declares an apiVersion and kind (the top-level kinds). */
function findKinds(): KindEntry[] {
  const kinds: KindEntry[] = []
  const groupDirs = readdirSync(modelsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  // Named groups are <group>/<version>/<Kind>.js; the core group is v1/<Kind>.js.
  const versionPaths = groupDirs.flatMap((group) => {
    const groupPath = join(modelsDir, group.name)
    const versions = readdirSync(groupPath, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(groupPath, entry.name))
    return versions.length > 0 ? versions : [groupPath]
  })
  for (const versionPath of versionPaths) {
    for (const file of readdirSync(versionPath).filter((name) => name.endsWith('.js') && name !== 'index.js')) {
      const source = readFileSync(join(versionPath, file), 'utf8')
      const apiVersion = /this\.apiVersion="([^"]+)"/.exec(source)?.[1]
      const kind = /this\.kind="([^"]+)"/.exec(source)?.[1]
      const schemaModule = /from"\.\.\/(?:\.\.\/)?_schemas\/([A-Za-z0-9]+)\.js"/.exec(source)?.[1]
      if (apiVersion === undefined || kind === undefined || schemaModule === undefined) continue
      kinds.push({ apiVersion, kind, schemaModule, declarationFile: join(versionPath, file.replace(/\.js$/, '.d.ts')) })
    }
  }
  return kinds.sort((a, b) => `${a.apiVersion}/${a.kind}`.localeCompare(`${b.apiVersion}/${b.kind}`))
}

/** Object types get an index in `types`; -1 stands for a value whose keys are free (maps, leaves). */
function buildPropertyIndex(kinds: readonly KindEntry[]): { types: Record<string, number>[]; kinds: Record<string, number> } {
  const program = ts.createProgram(kinds.map((kind) => kind.declarationFile), { noEmit: true, strict: true, skipLibCheck: true, types: [] })
  const checker = program.getTypeChecker()
  const types: Record<string, number>[] = []
  const ids = new Map<ts.Type, number>()

  const unwrap = (type: ts.Type): ts.Type => {
    const nonNull = checker.getNonNullableType(type)
    if (checker.isArrayType(nonNull)) {
      const [element] = checker.getTypeArguments(nonNull as ts.TypeReference)
      return element === undefined ? nonNull : unwrap(element)
    }
    return nonNull
  }

  const typeId = (raw: ts.Type): number => {
    const type = unwrap(raw)
    if (!(type.flags & ts.TypeFlags.Object) || type.getStringIndexType() !== undefined) return -1
    const properties = checker.getPropertiesOfType(type)
    if (properties.length === 0) return -1
    const known = ids.get(type)
    if (known !== undefined) return known
    const id = types.length
    ids.set(type, id)
    const entry: Record<string, number> = {}
    types.push(entry)
    for (const property of properties) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0]
      if (declaration === undefined) continue
      entry[property.name] = typeId(checker.getTypeOfSymbolAtLocation(property, declaration))
    }
    return id
  }

  const kindIds: Record<string, number> = {}
  for (const kind of kinds) {
    const sourceFile = program.getSourceFile(kind.declarationFile)
    if (sourceFile === undefined) throw new Error(`cannot read ${kind.declarationFile}`)
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile)
    const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []
    const symbol = exported.find((item) => item.name === `I${kind.kind}`)
    if (symbol === undefined) throw new Error(`no interface I${kind.kind} in ${kind.declarationFile}`)
    kindIds[`${kind.apiVersion}/${kind.kind}`] = typeId(checker.getDeclaredTypeOfSymbol(symbol))
  }
  return { types, kinds: kindIds }
}

function validatorModule(kinds: readonly KindEntry[]): string {
  const lines = kinds.map(
    (kind) => `  '${kind.apiVersion}/${kind.kind}': () => import('kubernetes-models/_schemas/${kind.schemaModule}'),`,
  )
  return [
    `// Generated by ${relative(root, fileURLToPath(import.meta.url))} from kubernetes-models; do not edit.`,
    "import type { KindValidatorModule } from '../kindValidatorTypes'",
    '',
    '/** apiVersion/kind -> the precompiled validator of that kind, loaded on first use (one chunk per kind). */',
    'export const KIND_VALIDATORS: Readonly<Record<string, () => Promise<KindValidatorModule>>> = {',
    ...lines,
    '}',
    '',
  ].join('\n')
}

function propertyIndexModule(index: ReturnType<typeof buildPropertyIndex>): string {
  return [
    `// Generated by ${relative(root, fileURLToPath(import.meta.url))} from kubernetes-models; do not edit.`,
    "import type { PropertyIndex } from '../kindValidatorTypes'",
    '',
    '/** Per object type: property name -> type index (-1: free keys or a leaf); per kind: its type index. */',
    `export const PROPERTY_INDEX: PropertyIndex = ${JSON.stringify(index)}`,
    '',
  ].join('\n')
}

const kinds = findKinds()
const outputs = new Map([
  [join(outDir, 'kindValidators.ts'), validatorModule(kinds)],
  [join(outDir, 'propertyIndex.ts'), propertyIndexModule(buildPropertyIndex(kinds))],
])
if (process.argv.includes('--check')) {
  const stale = [...outputs].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => relative(root, path))
  if (stale.length > 0) {
    console.error(`stale generated files (run npx tsx scripts/generateK8sIndex.ts): ${stale.join(', ')}`)
    process.exit(1)
  }
} else {
  for (const [path, text] of outputs) writeFileSync(path, text)
  console.log(`${kinds.length} kinds indexed into ${relative(root, outDir)}`)
}
