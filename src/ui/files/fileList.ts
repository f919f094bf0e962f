/** The files of a drag-and-drop or file-input event, as an array. */
export function filesOf(list: FileList | null): File[] {
  return list === null ? [] : Array.from(list)
}
