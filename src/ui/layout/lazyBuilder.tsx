import { lazyPanel } from './lazyPanel'

// The builder loads on first use (a draft opened), so the start page stays light: it lists drafts
// from their stored summaries and needs no form, YAML, archive or lint code. Its parts and the
// pack.json form are one chunk (vite.config.ts), fetched once. Only a failed download shows in the
// panel (with Retry): a part that fails while rendering takes the app to its crash screen, as before
// they were lazy.
const builder = () => {
  // A draft opens on its pack.json form most often: fetch the form alongside the builder rather than
  // after the file view renders. A failure shows in its panel.
  void PackJsonForm.preload().catch(() => undefined)
  return import('./builderParts')
}

export const PackIdentity = lazyPanel('the pack identity', () => builder().then((parts) => parts.PackIdentity), { quiet: true, loadErrorsOnly: true })
export const UndoRedo = lazyPanel('undo and redo', () => builder().then((parts) => parts.UndoRedo), { quiet: true, loadErrorsOnly: true })
export const DownloadActions = lazyPanel('the downloads', () => builder().then((parts) => parts.DownloadActions), { quiet: true, loadErrorsOnly: true })
export const ErrorCountRecorder = lazyPanel('the error count', () => builder().then((parts) => parts.ErrorCountRecorder), { quiet: true, loadErrorsOnly: true })
export const FileTree = lazyPanel('the file tree', () => builder().then((parts) => parts.FileTree), { loadErrorsOnly: true })
export const FileView = lazyPanel('the file view', () => builder().then((parts) => parts.FileView), { loadErrorsOnly: true })
// rjsf and the precompiled validators load with the form, not with the first page (FileView shows it).
export const PackJsonForm = lazyPanel('the pack.json form', () => import('../form/PackJsonForm').then((module) => module.PackJsonForm))
// Diffing and digests load only when the changes are reviewed.
export const ChangesView = lazyPanel('the changes', () => import('../changes/ChangesView').then((module) => module.ChangesView), { loadErrorsOnly: true })
export const ProblemsPanel = lazyPanel('the problems', () => builder().then((parts) => parts.ProblemsPanel), { loadErrorsOnly: true })
// The push panel (and its form library) loads when its dialog opens.
export const PushPanel = lazyPanel('the push instructions', () => import('../push/PushPanel').then((module) => module.PushPanel), { loadErrorsOnly: true })

/**
 * Loads every part a reopened draft shows at once, so the first render has them all (see lazyPanel).
 * Never rejects: a part that failed to load says so in its panel when it renders.
 */
export async function preloadBuilder(): Promise<void> {
  await Promise.allSettled([PackIdentity, UndoRedo, DownloadActions, ErrorCountRecorder, FileTree, FileView, PackJsonForm, ProblemsPanel].map((part) => part.preload()))
}
