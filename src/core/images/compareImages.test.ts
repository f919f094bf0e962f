import { describe, expect, it } from 'vitest'
import { makePack } from '../testing/packFixtures'
import type { RenderedDocument } from '../render/renderTypes'
import { compareImages } from './compareImages'

const workload = (kind: string, podSpecIndent: string, pre: string, containers: string) =>
  `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: x\n${pre}${containers.replace(/^/gm, podSpecIndent)}\n`

const DEPLOYMENT = workload('Deployment', '      ', 'spec:\n  template:\n    spec:\n', 'containers:\n  - name: a\n    image: ghcr.io/coder/coder:v2.21.3\ninitContainers:\n  - name: init\n    image: busybox:1.36')
const CRON_JOB = workload('CronJob', '          ', 'spec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n', 'containers:\n  - name: c\n    image: bitnami/kubectl:1.30')
const POD = workload('Pod', '  ', 'spec:\n', 'ephemeralContainers:\n  - name: debug\n    image: docker.io/library/alpine:3.20')
const CUSTOM = 'apiVersion: example.com/v1\nkind: Agent\nmetadata:\n  name: a\nspec:\n  sidecar:\n    image: quay.io/example/agent:2.0\n  notAnImage:\n    image: "{{ .image }}"\n'

const documents: RenderedDocument[] = [
  { source: 'chart', owner: 'charts/coder-2.23.3.tgz', template: 'coder/templates/coder.yaml', index: 0, text: DEPLOYMENT },
  { source: 'chart', owner: 'charts/coder-2.23.3.tgz', template: 'coder/templates/cron.yaml', index: 0, text: CRON_JOB },
  { source: 'manifest', owner: 'manifests/debug.yaml', template: 'manifests/debug.yaml', index: 0, text: POD },
  { source: 'manifest', owner: 'manifests/agent.yaml', template: 'manifests/agent.yaml', index: 0, text: CUSTOM },
]

const VALUES = `pack:
  content:
    images:
      # the server
      - image: ghcr.io/coder/coder:v2.23.3
      - image: docker.io/library/busybox:1.36
      - image: "bitnami/kubectl:1.30"
      - image: alpine:3.20
      - image: quay.io/example/agent:2.0
      - image: registry.k8s.io/provisioner:1.0
`

describe('compareImages', () => {
  it('finds every image of pod templates (init, regular, ephemeral) and custom resources, and compares them with the list', () => {
    const pack = makePack({ 'values.yaml': VALUES, 'manifests/debug.yaml': POD, 'manifests/agent.yaml': CUSTOM })
    const { rows, findings } = compareImages(pack, documents)
    expect(rows.map((row) => [row.image, row.status, row.renderedAt.map((place) => `${place.template}#${place.path}`), row.listedAs.map((entry) => entry.line)])).toEqual([
      ['docker.io/bitnami/kubectl:1.30', 'listed', ['coder/templates/cron.yaml#spec.jobTemplate.spec.template.spec.containers[0].image'], [7]],
      ['docker.io/library/alpine:3.20', 'listed', ['manifests/debug.yaml#spec.ephemeralContainers[0].image'], [8]],
      ['docker.io/library/busybox:1.36', 'listed', ['coder/templates/coder.yaml#spec.template.spec.initContainers[0].image'], [6]],
      ['ghcr.io/coder/coder:v2.21.3', 'drift', ['coder/templates/coder.yaml#spec.template.spec.containers[0].image'], [5]],
      ['quay.io/example/agent:2.0', 'listed', ['manifests/agent.yaml#spec.sidecar.image'], [9]],
      ['registry.k8s.io/provisioner:1.0', 'not-rendered', [], [10]],
    ])
    expect(findings).toEqual([
      {
        ruleId: 'rendered/image-drift',
        severity: 'warning',
        file: 'values.yaml',
        line: 5,
        column: 9,
        pointer: '/pack/content/images/0/image',
        message: '`pack.content.images` lists ghcr.io/coder/coder:v2.23.3, but the pack deploys ghcr.io/coder/coder:v2.21.3 (coder/templates/coder.yaml); the mirrored image is not the one that runs.',
        hint: 'Replace the entry with ghcr.io/coder/coder:v2.21.3.',
      },
      {
        ruleId: 'rendered/image-not-rendered',
        severity: 'info',
        file: 'values.yaml',
        line: 10,
        column: 9,
        pointer: '/pack/content/images/5/image',
        message: 'registry.k8s.io/provisioner:1.0 is listed in `pack.content.images` but no rendered container uses it; an operator may pull it at run time, or the entry is stale.',
        hint: 'Keep it if an operator or a disabled feature needs it; otherwise remove it.',
      },
    ])
  })

  it('reports a rendered image missing from the list at its line in an untemplated manifest, and a registry drift', () => {
    const pack = makePack({ 'values.yaml': 'pack:\n  content:\n    images:\n      - image: docker.io/example/agent:2.0\n', 'manifests/debug.yaml': POD, 'manifests/agent.yaml': CUSTOM })
    const { findings } = compareImages(pack, documents.slice(2))
    expect(findings).toEqual([
      {
        ruleId: 'rendered/image-not-listed',
        severity: 'warning',
        file: 'manifests/debug.yaml',
        line: 8,
        column: 7,
        message: '`spec.ephemeralContainers[0].image`: the image docker.io/library/alpine:3.20 is deployed but not listed in `pack.content.images`; an air-gapped install will not mirror it.',
        hint: 'Add `- image: docker.io/library/alpine:3.20` under `pack.content.images` in values.yaml.',
        rendered: { template: 'manifests/debug.yaml', index: 0, line: 8, path: 'spec.ephemeralContainers[0].image' },
      },
      {
        ruleId: 'rendered/image-drift',
        severity: 'warning',
        file: 'values.yaml',
        line: 4,
        column: 9,
        pointer: '/pack/content/images/0/image',
        message: '`pack.content.images` lists docker.io/example/agent:2.0, but the pack deploys quay.io/example/agent:2.0 (manifests/agent.yaml); the mirrored image is not the one that runs.',
        hint: 'Replace the entry with quay.io/example/agent:2.0.',
      },
    ])
  })

  it('says nothing when there is nothing rendered and nothing listed', () => {
    expect(compareImages(makePack({ 'values.yaml': 'pack: {}\n' }), [])).toEqual({ rows: [], findings: [] })
  })
})
