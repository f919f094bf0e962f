/** The pack's files, with actions to add, rename, delete and upload. (Placeholder: files work.) */
export function FileTree() {
  return <nav aria-label="Pack files" />
}
