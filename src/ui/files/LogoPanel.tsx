/** The pack's logo: preview, size, upload and conversion. (Placeholder: files work.) */
export function LogoPanel() {
  return <p>Logo</p>
}
