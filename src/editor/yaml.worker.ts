// A local entry for monaco-yaml's worker: importing the package path directly breaks under `vite` dev
// (stack.md §3 fix C, "module is not defined").
import 'monaco-yaml/yaml.worker.js'
