import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
}

/** A served copy of a built app. */
export interface StaticServer {
  readonly url: string
  readonly close: () => Promise<void>
}

/**
 * Serves a folder over http://localhost on a free port, reading each file at request time (so a test
 * can change a file between loads, as a deployment would) and never letting the HTTP cache keep one.
 */
export async function serveFolder(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = normalize(join(root, path === '/' ? 'index.html' : path))
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end()
      return
    }
    readFile(file).then(
      (bytes) => { response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(bytes) },
      () => { response.writeHead(404).end() },
    )
  })
  await new Promise<void>((resolve) => { server.listen(0, 'localhost', resolve) })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://localhost:${String(port)}/`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => { resolve() })
      // The browser keeps connections open; the test is over, so are they.
      server.closeAllConnections()
    }),
  }
}
