import type { Rule } from '../../types'
import { archiveName } from './archive-name'
import { chartUnreadable } from './chart-unreadable'
import { duplicateChartFolder } from './duplicate-chart-folder'
import { listedFileMissing } from './listed-file-missing'
import { listedPathForm } from './listed-path-form'
import { logoMissing } from './logo-missing'
import { logoNotPng } from './logo-not-png'
import { logoTooLarge } from './logo-too-large'
import { nothingToInstall } from './nothing-to-install'
import { osMetadataJunk } from './os-metadata-junk'
import { packJsonMissing } from './pack-json-missing'
import { readmeMissing } from './readme-missing'
import { unlistedFile } from './unlisted-file'
import { valuesMissing } from './values-missing'

/** The files rules, in the order they run. */
export const FILES_RULES: readonly Rule[] = [
  packJsonMissing,
  valuesMissing,
  logoMissing,
  logoNotPng,
  logoTooLarge,
  readmeMissing,
  listedPathForm,
  listedFileMissing,
  unlistedFile,
  chartUnreadable,
  duplicateChartFolder,
  nothingToInstall,
  osMetadataJunk,
  archiveName,
]
