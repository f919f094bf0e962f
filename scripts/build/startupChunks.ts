// How the app's start-up code is split into chunks (vite.config.ts). Left to itself, Rolldown makes a
// small shared chunk for every module two lazy parts have in common: a reload with a draft open then
// fetched some twenty files in rounds. The page instead loads three: the entry (src/boot.ts, tiny),
// the app (main.tsx and everything it imports statically: React, the start page, the drafts store),
// and, when a draft is open, the builder (its parts and the pack.json form with rjsf), which boot.ts
// requests beside the app. Other lazy parts (Monaco, charts, push, ...) are split as Rolldown likes.
import type { ChunkingContext, CodeSplittingGroup, ModuleInfo } from 'rolldown'

const BUILDER_MODULES = /[\\/]src[\\/]ui[\\/](layout[\\/]builderParts\.ts|form[\\/]PackJsonForm\.tsx)$/

/** The modules `root` imports statically, directly or not (root included). */
function staticGraph(root: string, context: ChunkingContext): Set<string> {
  const seen = new Set<string>()
  const pending = [root]
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (seen.has(id)) continue
    seen.add(id)
    pending.push(...(context.getModuleInfo(id)?.importedIds ?? []))
  }
  return seen
}

/** `appModule`: the absolute path of the module that starts the app (src/main.tsx), which the entry imports dynamically. */
export function startupChunkGroups(appModule: string): CodeSplittingGroup[] {
  // Rolldown reuses a module's info object within one chunking pass: the graphs are walked once per pass.
  let app: { readonly info: ModuleInfo; readonly ids: Set<string> } | undefined
  const inApp = (id: string, context: ChunkingContext) => {
    const info = context.getModuleInfo(appModule)
    if (info === null) return false
    if (app?.info !== info) app = { info, ids: staticGraph(appModule, context) }
    return app.ids.has(id)
  }
  return [
    // Higher priority first; a group takes its modules' dependencies along, except those a group
    // before it took. What the entry imports stays in the entry: in the app chunk, the entry would
    // wait for the app's download before it could request the builder. What the app imports
    // statically stays in the app, so the builder group does not pull React or the store out of it.
    { name: 'entry', tags: ['$initial'], priority: 3 },
    { name: (id, context) => (inApp(id, context) ? 'app' : null), priority: 2 },
    { name: 'builder', test: BUILDER_MODULES, priority: 1 },
  ]
}
