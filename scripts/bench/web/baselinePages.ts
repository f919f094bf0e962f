import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

/**
 * The two baselines of the navigation figure, built into `folder`: an empty page, and a page that
 * loads only React and renders one element (built by Vite like the app, minified, same target).
 */
export async function buildBaselinePages(folder: string): Promise<void> {
  const source = join(folder, 'source')
  await mkdir(join(source, 'react'), { recursive: true })
  await mkdir(join(folder, 'empty'), { recursive: true })
  await writeFile(join(folder, 'empty', 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body><p id="ready">ready</p></body></html>\n')
  await writeFile(join(source, 'react', 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React</title></head><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>\n')
  await writeFile(join(source, 'react', 'main.tsx'), [
    "import { StrictMode } from 'react'",
    "import { createRoot } from 'react-dom/client'",
    "const root = document.getElementById('root')",
    "if (root) createRoot(root).render(<StrictMode><p id=\"ready\">ready</p></StrictMode>)",
    '',
  ].join('\n'))
  await build({
    configFile: false,
    logLevel: 'error',
    root: join(source, 'react'),
    base: './',
    plugins: [react()],
    build: { outDir: join(folder, 'react'), emptyOutDir: true, target: 'es2022' },
  })
}
