// The public surface of the core: explicit named exports only.
export { createPack, setFile, setTextFile, removeFile, renameFile, readTextFile, filesUnder } from './pack/pack'
export { PACK_JSON, VALUES_YAML, LOGO_PNG, README_MD, PRESETS_YAML, SCHEMA_YAML, MANIFESTS_DIR, CHARTS_DIR } from './pack/pack'
export type { Pack } from './pack/pack'
export { parseJsonView } from './pack/jsonView'
export type { JsonView, JsonSyntaxError } from './pack/jsonView'
export { parseYamlView, parseYamlFileView } from './pack/yamlView'
export type { YamlDocumentView, YamlFileView, YamlProblem } from './pack/yamlView'
export { lintPack, compareFindings } from './lint/lintPack'
export type { LintOptions } from './lint/lintPack'
export { ALL_RULES } from './lint/rules'
export type { Finding, FindingDraft, LintContext, LintMode, Rule, Severity } from './lint/types'
export { inspectChart } from './chart/inspectChart'
export type { ChartInfo, ChartInspection, ChartDependency } from './chart/chartInfo'
export { inspectLogo } from './logo/inspectLogo'
export type { LogoInspection, ImageFormat } from './logo/logoInfo'
export { encodeText, decodeText, bytesEqual, isValidUtf8 } from './text/encoding'
export { createLineIndex } from './text/lineIndex'
export type { Position, LineIndex } from './text/lineIndex'
export { parsePointer, formatPointer } from './text/jsonPointer'
export { pushCommands, ecrHost } from './push/pushCommands'
export type { PushTarget, PushCommand, PackIdentity, RegistryKind } from './push/pushCommands'
export {
  PACK_JSON_AUTHOR_SCHEMA,
  PACK_JSON_IMPORT_SCHEMA,
  LAYERS,
  CLOUD_TYPES,
  IMPORT_CLOUD_TYPES,
  ADDON_TYPES,
  DEPENDENCY_TYPES,
  RESOURCE_TYPES,
  SCHEDULE_TYPES,
  EMITTED_SCHEDULE_TYPES,
  OS_ANNOTATION_SETS,
  isOsPackCloud,
} from './schema/packJsonSchema'
export type { JsonSchemaDocument, OsPackCloud, OsAnnotationSpec } from './schema/packJsonSchema'
export { PACK_JSON_RULES } from './lint/rules/packJson'
export { setPackJsonValue, applyPackJsonObject, syncPackJsonFileLists } from './pack/packJsonEdit'
export { starterPackFiles, starterManifest, STARTER_MANIFEST_VALUES } from './pack/starterPack'
export type { StarterPackKind, StarterPackOptions } from './pack/starterPack'
export { PackReadError } from './archive/packReadError'
export { DEFAULT_ARCHIVE_LIMITS } from './archive/archiveLimits'
export type { ArchiveLimits } from './archive/archiveLimits'
export { readPackArchive, detectArchiveFormat } from './archive/readPackArchive'
export type { PackArchiveFormat } from './archive/readPackArchive'
export { packFromEntries } from './archive/packFromEntries'
export type { PackEntry } from './archive/packFromEntries'
export { archiveBaseName } from './archive/archiveBaseName'
export { writePackZip } from './archive/writePackZip'
export { writePackTarGz } from './archive/writePackTarGz'
export { VALUES_SCHEMA } from './schema/valuesSchema'
export type { JsonSchema } from './schema/valuesSchema'
export { renameValuesKey, setChartDefaultValues, removeValuesKey, valuesHasKey, formatYamlKey, ValuesEditError } from './values/valuesEdit'
export type { SetChartValuesOptions } from './values/valuesEdit'
export { isPlainObject } from './data/isPlainObject'
export { resolveDottedPath, dottedPathExists } from './values/dottedPath'
export { parseSchemaTemplate } from './schemaYaml/parseSchemaTemplate'
export type { SchemaTemplate, FormatToken, FormatType, TemplateProblem, TemplateParseResult } from './schemaYaml/parseSchemaTemplate'
export { checkSchemaValue } from './schemaYaml/checkSchemaValue'
export { blankTemplateActions, findValuesReferences } from './manifests/goTemplate'
export type { TemplateAction, ValuesReference } from './manifests/goTemplate'
export { checkDisplayNameConsistency } from './lint/crossPack/display-name-consistent'
export { addManifestValues } from './values/addManifestValues'
export { orasPushManifest, ociDigest } from './push/orasManifest'
export type { OrasPush } from './push/orasManifest'
export { pushTargetProblems } from './push/pushTargetProblems'
export type { PushTargetProblems } from './push/pushTargetProblems'
export { packJsonIdentity } from './pack/packJsonIdentity'
export type { PackJsonIdentity } from './pack/packJsonIdentity'
export { countSeverities } from './lint/countSeverities'
export type { SeverityCounts } from './lint/countSeverities'
