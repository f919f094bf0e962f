import { describe, expect, it } from 'vitest'
import { hasReferenceShape, normaliseImageReference, parseImageReference } from './imageReference'

const DIGEST = `sha256:${'a'.repeat(64)}`

describe('normaliseImageReference', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:1.25', 'docker.io/library/nginx:1.25'],
    ['library/nginx:1.25', 'docker.io/library/nginx:1.25'],
    ['docker.io/nginx:1.25', 'docker.io/library/nginx:1.25'],
    ['index.docker.io/library/nginx:1.25', 'docker.io/library/nginx:1.25'],
    ['bitnami/redis:7.2', 'docker.io/bitnami/redis:7.2'],
    ['ghcr.io/coder/coder:v2.23.3', 'ghcr.io/coder/coder:v2.23.3'],
    ['localhost:5000/tool', 'localhost:5000/tool:latest'],
    ['localhost/tool:1', 'localhost/tool:1'],
    [`nginx@${DIGEST}`, `docker.io/library/nginx@${DIGEST}`],
    [`registry.k8s.io/pause:3.9@${DIGEST}`, `registry.k8s.io/pause:3.9@${DIGEST}`],
    ['  quay.io/a/b:1  ', 'quay.io/a/b:1'],
  ])('%s -> %s', (text, canonical) => {
    expect(normaliseImageReference(text)).toBe(canonical)
  })

  it.each([
    ['', 'the image reference is empty'],
    ['NGINX:1', 'invalid reference format: repository name must be lowercase'],
    ['{{ .image }}', 'invalid reference format'],
    ['nginx:1 2', 'invalid reference format'],
  ])('refuses %j', (text, problem) => {
    expect(parseImageReference(text)).toEqual({ ok: false, problem })
  })

  it('splits a reference into its parts', () => {
    expect(parseImageReference('quay.io/jetstack/cert-manager-controller:v1.14.0')).toEqual({
      ok: true,
      reference: {
        registry: 'quay.io',
        repository: 'jetstack/cert-manager-controller',
        tag: 'v1.14.0',
        digest: undefined,
        canonical: 'quay.io/jetstack/cert-manager-controller:v1.14.0',
        name: 'quay.io/jetstack/cert-manager-controller',
      },
    })
  })
})

describe('references the grammar would backtrack on', () => {
  // piraeus-operator-2.7.1's linstor-gui chart: a repository that holds a tag, plus the chart's
  // appVersion as tag. The grammar's regular expression took minutes on it.
  const nearMiss = 'us-docker.pkg.dev/palette-images/packs/csi-piraeus-operator/2.7.1/linstor-gui:v1.8.2:1.8.2'

  it('refuses a second tag at once, without running the grammar', () => {
    expect(hasReferenceShape(nearMiss)).toBe(false)
    expect(parseImageReference(nearMiss)).toEqual({ ok: false, problem: 'invalid reference format' })
  })

  it('keeps registry ports, tags and digests', () => {
    for (const good of ['localhost:5000/team/app:1.2', 'nginx', 'ghcr.io/a/b@sha256:' + 'a'.repeat(64), 'quay.io/x/y:v1']) expect(hasReferenceShape(good)).toBe(true)
  })
})
