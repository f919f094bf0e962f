// The part of jszip's API the core uses, declared without Node: jszip's own typings start with
// `/// <reference types="node" />`, which would make `Buffer` and `process` compile in src/core.
// tsconfig.core.json and tsconfig.app.json map 'jszip' to this file; tsconfig.node.json compiles the
// same core code against jszip's real typings, so a mismatch between the two is a compile error.

declare namespace JSZip {
  interface JSZipObject {
    name: string
    /** Set for entries read by loadAsync; may hold `..` (checked by the core's entry-path rules). */
    unsafeOriginalName?: string
    dir: boolean
    unixPermissions: number | string | null
  }

  interface JSZipStreamHelper<T> {
    on(event: 'data', callback: (data: T, metadata: { percent: number; currentFile: string | null }) => void): this
    on(event: 'end', callback: () => void): this
    on(event: 'error', callback: (error: Error) => void): this
    pause(): this
    resume(): this
  }

  interface JSZipFileOptions {
    binary?: boolean
    date?: Date
    dir?: boolean
    unixPermissions?: number | string | null
    createFolders?: boolean
    /** Overrides the generator's method for this file (STORE for data compressed already). */
    compression?: 'STORE' | 'DEFLATE'
  }

  interface JSZipGeneratorOptions {
    type: 'uint8array'
    compression?: 'STORE' | 'DEFLATE'
    compressionOptions?: { level: number } | null
    platform?: 'DOS' | 'UNIX'
  }

  interface JSZipLoadOptions {
    checkCRC32?: boolean
    createFolders?: boolean
    decodeFileName?: (bytes: string[] | Uint8Array) => string
  }
}

interface JSZip {
  files: Record<string, JSZip.JSZipObject>
  file(path: string, data: Uint8Array | null, options?: JSZip.JSZipFileOptions): this
  generateAsync(options: JSZip.JSZipGeneratorOptions): Promise<Uint8Array>
}

declare const JSZip: {
  new (): JSZip
  loadAsync(data: Uint8Array, options?: JSZip.JSZipLoadOptions): Promise<JSZip>
}

export = JSZip
