/** What the core read from one chart archive, with its actions. (Placeholder: files work.) */
export function ChartPanel({ path }: { readonly path: string }) {
  return <p>Chart {path}</p>
}
