// The app exposes its Monaco namespace on window (src/editor/setupMonaco.ts) so tests can read markers.
import type * as monaco from 'monaco-editor/esm/vs/editor/editor.api'

declare global {
  interface Window {
    __packBuilderMonaco?: typeof monaco
  }
}
