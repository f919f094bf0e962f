/** Monaco editor for one text file of the pack. (Placeholder: editors work.) */
export function TextFileEditor({ path }: { readonly path: string }) {
  return <p>Editor for {path}</p>
}
