// The builder's parts, in one chunk loaded when a draft opens: the start page does not need them
// (nor the core's lint, YAML, archive and chart code they pull in). See lazyBuilder.tsx.
export { DownloadActions } from '../download/DownloadActions'
export { ErrorCountRecorder } from '../drafts/ErrorCountRecorder'
export { FileTree } from '../files/FileTree'
export { FileView } from './FileView'
export { PackIdentity } from './PackIdentity'
export { UndoRedo } from './UndoRedo'
export { ProblemsPanel } from '../problems/ProblemsPanel'
