import { describe, expect, it } from 'vitest'
import type { ChartInfo } from './chartInfo'
import { findChartImages } from './chartImages'
import { listedCoversImage } from './checkImages'
import { normalizeImageReference } from '../images/imageReference'

const DIGEST = `sha256:${'a'.repeat(64)}`

function chart(valuesYaml: string, extra: Partial<ChartInfo> = {}): ChartInfo {
  return { folder: 'app', name: 'app', version: '1.2.0', appVersion: '4.5.6', dependencies: [], valuesYaml, ...extra }
}

describe('normalizeImageReference', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx'],
    ['bitnami/nginx:1.25', 'docker.io/bitnami/nginx:1.25'],
    [`quay.io/org/app:v1@${DIGEST}`, `quay.io/org/app:v1@${DIGEST}`],
    ['  ghcr.io/org/app:2.0  ', 'ghcr.io/org/app:2.0'],
  ])('writes %s in full as %s', (reference, full) => {
    expect(normalizeImageReference(reference)).toBe(full)
  })

  it.each(['', 'Not An Image', '{{ .Values.image }}', 'UPPER/case'])('refuses %j', (reference) => {
    expect(normalizeImageReference(reference)).toBe(undefined)
  })
})

describe('findChartImages', () => {
  it('reads image strings and repository groups at any depth, with the path as source', () => {
    const values = [
      'image:',
      '  registry: docker.io',
      '  repository: bitnami/wordpress',
      '  tag: 6.4.3-debian-11-r0',
      'controller:',
      '  sidecarImage: quay.io/org/sidecar:0.1',
      '  containers:',
      '    - image: busybox:1.36',
      'metrics:',
      '  image:',
      '    repository: prom/exporter',
      '    tag: 1.10',
      'chartRepo:',
      '  repository: https://charts.example.com',
      '',
    ].join('\n')
    expect(findChartImages(chart(values))).toEqual([
      { image: 'docker.io/bitnami/wordpress:6.4.3-debian-11-r0', sources: ['values: image'] },
      { image: 'quay.io/org/sidecar:0.1', sources: ['values: controller.sidecarImage'] },
      { image: 'docker.io/library/busybox:1.36', sources: ['values: controller.containers[0].image'] },
      { image: 'docker.io/prom/exporter:1.10', sources: ['values: metrics.image'] },
    ])
  })

  it('puts global.imageRegistry in front of every repository', () => {
    const values = 'global:\n  imageRegistry: registry.example.com\nimage:\n  registry: docker.io\n  repository: bitnami/redis\n  tag: "7.2"\n'
    expect(findChartImages(chart(values))).toEqual([{ image: 'registry.example.com/bitnami/redis:7.2', sources: ['values: image'] }])
  })

  it('keeps a digest beside the tag', () => {
    const values = `image:\n  repository: org/app\n  tag: v2\n  digest: "${DIGEST}"\n`
    expect(findChartImages(chart(values))).toEqual([{ image: `docker.io/org/app:v2@${DIGEST}`, sources: ['values: image'] }])
  })

  it('tags an untagged image with the appVersion only when the templates read .Chart.AppVersion', () => {
    const values = 'image:\n  repository: org/app\n  tag: ""\n'
    expect(findChartImages(chart(values, { templatesUseAppVersion: true }))).toEqual([{ image: 'docker.io/org/app:4.5.6', sources: ['values: image'] }])
    expect(findChartImages(chart(values))).toEqual([{ image: 'docker.io/org/app', sources: ['values: image'] }])
  })

  it('reads Artifact Hub, Helm and Bitnami image annotations and merges sources of one image', () => {
    const annotations = {
      'artifacthub.io/images': '- name: app\n  image: org/app:1.0\n- name: db\n  image: postgres:16\n',
      'helm.sh/images': '- name: app\n  image: docker.io/org/app:1.0\n',
      images: '- name: os-shell\n  image: docker.io/bitnami/os-shell:12-debian-12-r1\n',
      'artifacthub.io/license': 'MIT',
    }
    expect(findChartImages(chart('image: org/app:1.0\n', { annotations }))).toEqual([
      { image: 'docker.io/org/app:1.0', sources: ['values: image', 'annotation: artifacthub.io/images', 'annotation: helm.sh/images'] },
      { image: 'docker.io/library/postgres:16', sources: ['annotation: artifacthub.io/images'] },
      { image: 'docker.io/bitnami/os-shell:12-debian-12-r1', sources: ['annotation: images'] },
    ])
  })

  it("reads subcharts' defaults under their key (or alias), with the parent's global registry", () => {
    const parent = chart('global:\n  imageRegistry: mirror.example.com\n', {
      dependencies: [{ name: 'postgresql', version: '13.x', alias: 'db' }],
      subcharts: [{ name: 'postgresql', valuesYaml: 'image:\n  repository: bitnami/postgresql\n  tag: ""\n', appVersion: '16.1.0', templatesUseAppVersion: true }],
    })
    expect(findChartImages(parent)).toEqual([{ image: 'mirror.example.com/bitnami/postgresql:16.1.0', sources: ['values: db.image'] }])
  })

  it('reads an image beside a split tag, and ignores templated or broken values', () => {
    expect(findChartImages(chart('server:\n  image: org/server\n  tag: "3.1"\nweb:\n  image: "{{ .Values.registry }}/web"\n'))).toEqual([
      { image: 'docker.io/org/server:3.1', sources: ['values: server.image'] },
    ])
    expect(findChartImages(chart('image: [broken\n'))).toEqual([])
    expect(findChartImages(chart('image: null\nrepository: ~\n'))).toEqual([])
  })

  it('puts the templates\' `v` before an appVersion tag, and takes global.tag first', () => {
    const values = 'image:\n  repository: xpkg.example.io/org/app\n  tag: ""\n'
    expect(findChartImages(chart(values, { templatesUseAppVersion: true, appVersionTagPrefix: 'v' }))).toEqual([{ image: 'xpkg.example.io/org/app:v4.5.6', sources: ['values: image'] }])
    expect(findChartImages(chart(values, { templatesUseAppVersion: true, appVersionTagPrefix: 'v', appVersion: 'v4.5.6' }))[0]?.image).toBe('xpkg.example.io/org/app:v4.5.6')
    expect(findChartImages(chart(`global:\n  tag: "7.0"\n${values}`, { templatesUseAppVersion: true }))[0]?.image).toBe('xpkg.example.io/org/app:7.0')
  })

  it('joins a registry named beside nested repositories that start with /', () => {
    const values = 'image:\n  baseRepo: registry.k8s.io\n  nfs:\n    repository: registry.k8s.io/sig-storage/nfsplugin\n    tag: v4.13.2\n  csiProvisioner:\n    repository: /sig-storage/csi-provisioner\n    tag: v6.1.0\n'
    expect(findChartImages(chart(values))).toEqual([
      { image: 'registry.k8s.io/sig-storage/nfsplugin:v4.13.2', sources: ['values: image.nfs'] },
      { image: 'registry.k8s.io/sig-storage/csi-provisioner:v6.1.0', sources: ['values: image.csiProvisioner'] },
    ])
    // Without a registry to join, a repository starting with / names nothing.
    expect(findChartImages(chart('sidecar:\n  repository: /org/sidecar\n  tag: "1"\n'))).toEqual([])
  })

  it('reads imageRepo/imageTag pairs, image.repo, and images named by name after global.registry', () => {
    const values = [
      'k8gb:',
      '  imageRepo: docker.io/absaoss/k8gb',
      '  imageTag:',
      'coder:',
      '  image:',
      '    repo: ghcr.io/coder/coder',
      '    tag: "v2.21.3"',
      'global:',
      '  registry: ghcr.io/nvidia/kai-scheduler',
      'operator:',
      '  image:',
      '    name: operator',
      'service:',
      '  name: web',
      '',
    ].join('\n')
    expect(findChartImages(chart(values, { templatesUseAppVersion: true }))).toEqual([
      { image: 'docker.io/absaoss/k8gb:4.5.6', sources: ['values: k8gb'] },
      { image: 'ghcr.io/coder/coder:v2.21.3', sources: ['values: coder.image'] },
      { image: 'ghcr.io/nvidia/kai-scheduler/operator:4.5.6', sources: ['values: operator.image'] },
    ])
  })

  it('reads pinned references under a key named images, whatever their keys', () => {
    const values = 'images:\n  csiNodeDriver: quay.io/hpestorage/csi-driver:v3.2.0\n  csiAttacher: registry.k8s.io/sig-storage/csi-attacher:v4.12.0\n  pullPolicy: IfNotPresent\n  name: latest\n'
    expect(findChartImages(chart(values))).toEqual([
      { image: 'quay.io/hpestorage/csi-driver:v3.2.0', sources: ['values: images.csiNodeDriver'] },
      { image: 'registry.k8s.io/sig-storage/csi-attacher:v4.12.0', sources: ['values: images.csiAttacher'] },
    ])
  })
})

describe('listedCoversImage', () => {
  it.each([
    ['docker.io/org/app:1.5', 'docker.io/org/app:1.5', true],
    ['docker.io/org/app:1.5', `docker.io/org/app:1.5@${DIGEST}`, true],
    [`docker.io/org/app@${DIGEST}`, `docker.io/org/app:1.5@${DIGEST}`, true],
    [`docker.io/org/app:1.5@${DIGEST}`, `docker.io/org/app:1.5@${DIGEST}`, true],
    ['docker.io/org/app:1.6', `docker.io/org/app:1.5@${DIGEST}`, false],
    [`docker.io/org/app:1.5@sha256:${'b'.repeat(64)}`, `docker.io/org/app:1.5@${DIGEST}`, false],
    ['docker.io/org/app', 'docker.io/org/app:1.5', false],
    ['docker.io/org/other:1.5', 'docker.io/org/app:1.5', false],
    ['localhost:5000/app:1.5', 'localhost:5000/app:1.5', true],
  ])('%s covers %s: %s', (listed, named, covers) => {
    expect(listedCoversImage(listed, named)).toBe(covers)
  })
})
