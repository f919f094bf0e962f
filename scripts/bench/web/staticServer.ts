import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

/**
 * One plain static server for the app and the baseline pages, so every page is measured over the same
 * connection handling (no compression, no caching headers: the browser's cache is disabled anyway).
 * `roots` maps a URL prefix to a folder; the longest matching prefix wins. `cacheable`: files may be
 * kept in the HTTP cache for an hour (a returning visit), else `no-store`.
 */
export async function startStaticServer(roots: Readonly<Record<string, string>>, options: { readonly cacheable?: boolean } = {}): Promise<{ readonly url: string; readonly close: () => Promise<void> }> {
  const prefixes = Object.keys(roots).sort((a, b) => b.length - a.length)
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const prefix = prefixes.find((candidate) => path.startsWith(candidate))
    const root = prefix === undefined ? undefined : roots[prefix]
    if (prefix === undefined || root === undefined) {
      response.writeHead(404).end()
      return
    }
    const relative = normalize(path.slice(prefix.length)).replace(/^([/\\]|\.\.)+/, '')
    let file = join(root, relative === '' ? 'index.html' : relative)
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html')
      const size = statSync(file).size
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': options.cacheable === true ? 'max-age=3600' : 'no-store' })
      createReadStream(file).pipe(response)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => { server.listen(0, '127.0.0.1', resolve) })
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.close(() => { resolve() }) }),
  }
}
