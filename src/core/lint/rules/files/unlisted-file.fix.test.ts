import { describe, expect, it } from 'vitest'
import { makeChartTgz } from '../../../testing/chartFixtures'
import { expectFixed, runFix } from '../../../testing/fixFixtures'
import { VALID_ADDON_PACK, withFiles } from '../../../testing/packFixtures'
import { unlistedFile } from './unlisted-file'

const PACK_JSON = '{\n  "name": "hello-app",\n  "layer": "addon",\n  "kubeManifests": [\n    "manifests/hello-app.yaml"\n  ]\n}\n'
const RULE = 'files/unlisted-file'

describe('files/unlisted-file fixes', () => {
  it('adds an unlisted manifest to kubeManifests (safe), or deletes it (not safe)', async () => {
    const files = withFiles(VALID_ADDON_PACK, { 'pack.json': PACK_JSON, 'manifests/extra.yaml': 'kind: ConfigMap\n' })
    const listed = await runFix(unlistedFile, files, 'list-file')
    expect(listed.finding).toEqual({
      ruleId: RULE,
      severity: 'warning',
      file: 'manifests/extra.yaml',
      message: 'manifests/extra.yaml is not listed in pack.json kubeManifests, so Palette will not apply it',
      hint: "Add 'manifests/extra.yaml' to kubeManifests in pack.json, or remove the file.",
      fixes: [
        { ruleId: RULE, fixId: 'list-file', title: 'Add manifests/extra.yaml to kubeManifests in pack.json', safe: true, args: { path: 'manifests/extra.yaml', key: 'kubeManifests' } },
        { ruleId: RULE, fixId: 'remove-file', title: 'Delete manifests/extra.yaml', safe: false, args: { path: 'manifests/extra.yaml' } },
      ],
    })
    expectFixed(listed, { 'pack.json': '{\n  "name": "hello-app",\n  "layer": "addon",\n  "kubeManifests": [\n    "manifests/hello-app.yaml",\n    "manifests/extra.yaml"\n  ]\n}\n' })
    expectFixed(await runFix(unlistedFile, files, 'remove-file'), { 'manifests/extra.yaml': undefined })
  })

  it('adds an unlisted chart, creating the charts list', async () => {
    const files = withFiles(VALID_ADDON_PACK, { 'pack.json': PACK_JSON, 'charts/redis-1.0.0.tgz': await makeChartTgz({ folder: 'redis', chartYaml: 'apiVersion: v2\nname: redis\nversion: 1.0.0\n' }) })
    const run = await runFix(unlistedFile, files, 'list-file')
    expect(run.finding.fixes?.map((fix) => fix.title)).toEqual(['Add charts/redis-1.0.0.tgz to charts in pack.json', 'Delete charts/redis-1.0.0.tgz'])
    expectFixed(run, { 'pack.json': '{\n  "name": "hello-app",\n  "layer": "addon",\n  "kubeManifests": [\n    "manifests/hello-app.yaml"\n  ],\n  "charts": [\n    "charts/redis-1.0.0.tgz"\n  ]\n}\n' })
  })

  it('deletes a stray file in charts/ (safe: Palette ignores it)', async () => {
    const run = await runFix(unlistedFile, withFiles(VALID_ADDON_PACK, { 'charts/values.yaml.orig': 'old\n' }), 'remove-file')
    expect(run.finding).toEqual({
      ruleId: RULE,
      severity: 'warning',
      file: 'charts/values.yaml.orig',
      message: 'charts/values.yaml.orig is not a chart archive (.tgz), so Palette ignores it',
      hint: 'Remove it from charts/ (a leftover such as a .orig copy), or package it with helm package.',
      fixes: [{ ruleId: RULE, fixId: 'remove-file', title: 'Delete charts/values.yaml.orig', safe: true, args: { path: 'charts/values.yaml.orig' } }],
    })
    expectFixed(run, { 'charts/values.yaml.orig': undefined })
  })
})
