// The core is compiled without the DOM or Node libraries so that a stray `document` or `Buffer`
// is a compile error. These two encoding globals exist in every runtime the core targets.
declare class TextEncoder {
  encode(input?: string): Uint8Array
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number }
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  decode(input?: Uint8Array | ArrayBuffer, options?: { stream?: boolean }): string
}

// Web Crypto's digest, for OCI digests: global in Node 20+, browsers and Web Workers alike.
declare const crypto: {
  readonly subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> }
}

// Base64 of a binary string, for the render engine's request: global in Node 16+, browsers and Web Workers.
declare function btoa(data: string): string

// A deep copy of plain data, for values Helm's coalescing mutates: global in Node 17+, browsers and Web Workers.
declare function structuredClone<T>(value: T): T
