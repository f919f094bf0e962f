import type { Rule } from '../../types'
import { addonTypeEnumRule } from './addon-type-enum'
import { addonTypeNonAddonRule } from './addon-type-non-addon'
import { addonTypeRequiredRule } from './addon-type-required'
import { annotationsRule } from './annotations'
import { blankPlaceholderRule } from './blank-placeholder'
import { cloudTypeSingularRule } from './cloud-type-singular'
import { cloudTypesRule } from './cloud-types'
import { cloudTypesAllExclusiveRule } from './cloud-types-all-exclusive'
import { dependenciesRule } from './dependencies'
import { duplicateKeyRule } from './duplicate-key'
import { eolFormatRule } from './eol-format'
import { fieldTypesRule } from './field-types'
import { kubeManifestsCaseRule } from './kube-manifests-case'
import { layerRule } from './layer'
import { ociNameRule } from './oci-name'
import { ociTagRule } from './oci-tag'
import { osPackRule } from './os-pack'
import { requiredFieldsRule } from './required-fields'
import { resourceComponentsRule } from './resource-components'
import { resourcesRule } from './resources'
import { syntaxRule } from './syntax'
import { unknownKeysRule } from './unknown-keys'
import { upgradeDependencyRule } from './upgrade-dependency'
import { versionPrefixRule } from './version-prefix'
import { versionSemverRule } from './version-semver'

/** The packJson rules, in the order they run. */
export const PACK_JSON_RULES: readonly Rule[] = [
  syntaxRule,
  duplicateKeyRule,
  requiredFieldsRule,
  layerRule,
  cloudTypesRule,
  cloudTypesAllExclusiveRule,
  cloudTypeSingularRule,
  addonTypeRequiredRule,
  addonTypeEnumRule,
  addonTypeNonAddonRule,
  kubeManifestsCaseRule,
  annotationsRule,
  fieldTypesRule,
  versionPrefixRule,
  versionSemverRule,
  ociNameRule,
  ociTagRule,
  dependenciesRule,
  upgradeDependencyRule,
  resourcesRule,
  resourceComponentsRule,
  eolFormatRule,
  blankPlaceholderRule,
  osPackRule,
  unknownKeysRule,
]
