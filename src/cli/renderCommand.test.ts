import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FixtureFiles } from '../core/testing/packFixtures'
import { runCli, writePackFolder } from './cliTestSupport'

let workDir = ''

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'pack-builder-render-'))
})

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

const writePackDir = (name: string, files: FixtureFiles) => writePackFolder(workDir, name, files)

const run = runCli

const manifestPack: FixtureFiles = {
  'values.yaml': 'manifests:\n  app:\n    replicas: 2\n',
  'manifests/app.yaml': 'kind: Deployment\nspec:\n  replicas: {{ .Values.replicas }}\n---\nkind: Service\n',
}

describe('pack-builder render', () => {
  it('prints the documents like helm template, with --set applied', async () => {
    const dir = await writePackDir('manifest-pack', manifestPack)
    const result = await run('render', dir, '--set', 'manifests.app.replicas=5')
    expect(result).toEqual({
      code: 0,
      out: '---\n# Source: manifests/app.yaml\nkind: Deployment\nspec:\n  replicas: 5\n---\n# Source: manifests/app.yaml\nkind: Service',
      err: '',
    })
  })

  it('writes one file per template with -o', async () => {
    const dir = await writePackDir('manifest-pack-out', manifestPack)
    const out = join(workDir, 'rendered')
    const result = await run('render', dir, '-o', out)
    expect(result.code).toBe(0)
    expect(await readFile(join(out, 'manifests/app.yaml'), 'utf8')).toBe('---\n# Source: manifests/app.yaml\nkind: Deployment\nspec:\n  replicas: 2\n---\n# Source: manifests/app.yaml\nkind: Service\n')
  })

  it('stops a template that never ends at the time limit and reports it', async () => {
    const dir = await writePackDir('endless', {
      'values.yaml': 'manifests:\n  loop: {}\n',
      'manifests/loop.yaml': '{{ define "x" }}{{ include "x" . }}{{ end }}{{ range until 100000000 }}{{ range until 100000000 }}{{ end }}{{ end }}',
    })
    const result = await run('render', dir, '--timeout', '3')
    expect(result.code).toBe(1)
    expect(result.err).toBe(`${dir}/manifests/loop.yaml: error render/timeout: rendering took longer than 3 s and was stopped (Look for a template that loops without end (\`range\`, \`until\`) or includes itself.)`)
  }, 60_000)

  it('reports a template error and exits 1; bad usage exits 2', async () => {
    const dir = await writePackDir('broken', { 'values.yaml': 'manifests:\n  app: {}\n', 'manifests/app.yaml': 'kind: A\nx: {{ .Values.a | nosuch }}\n' })
    const broken = await run('render', dir)
    expect(broken.code).toBe(1)
    expect(broken.err).toBe(`${dir}/manifests/app.yaml:2:1: error render/template-error: the template does not parse: function "nosuch" not defined`)
    expect((await run('render')).code).toBe(2)
    expect((await run('render', dir, '--kube-version', 'latest')).err).toContain("--kube-version must look like v1.30.0, not 'latest'")
  })

  it('validate reports render findings beside the lint findings, and --no-render skips them', async () => {
    const dir = await writePackDir('validate-broken', { 'values.yaml': 'manifests:\n  app: {}\n', 'manifests/app.yaml': 'kind: A\nx: {{ .Values.a | nosuch }}\n' })
    const rendered = await run('validate', dir, '--format', 'json')
    expect(rendered.out).toMatch(/"ruleId": "render\/template-error"/)
    const skipped = await run('validate', dir, '--format', 'json', '--no-render')
    expect(skipped.out).not.toContain('render/')
  })
})
