// A Vite plugin: index.html asks for the app chunk (and its CSS) while it is still being parsed, rather
// than when the entry (src/boot.ts) has run and imported it: one round trip less before the start
// page or a reopened draft, and V8 starts parsing the app's JavaScript beside the entry's.
import type { HtmlTagDescriptor, Plugin } from 'vite'

export function preloadAppChunk(chunkName = 'app'): Plugin {
  return {
    name: 'pack-builder-preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const app = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.name === chunkName && !output.isEntry)
        if (app?.type !== 'chunk') return []
        const base = context.server === undefined ? './' : '/'
        const entry = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.isEntry)
        // The app's own imports too (Rolldown's runtime), except the entry, which the page loads anyway.
        const modules = [app.fileName, ...app.imports.filter((fileName) => fileName !== entry?.fileName)]
        const tags: HtmlTagDescriptor[] = modules.map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` }, injectTo: 'head' }))
        // `crossorigin` as on the stylesheet link Vite's preload helper adds (crossOrigin = ''): without
        // it the two requests differ in credentials mode, the CSS is fetched twice and Chromium warns
        // that the preload went unused.
        for (const css of app.viteMetadata?.importedCss ?? []) tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${css}` }, injectTo: 'head' })
        return tags
      },
    },
  }
}
