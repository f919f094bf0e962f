/** Reads a user-picked or dropped file into bytes. The only place the app reads File objects. */
export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer())
}

/** The files of a drag-and-drop or file-input event, as an array. */
export function filesOf(list: FileList | null): File[] {
  return list === null ? [] : Array.from(list)
}
