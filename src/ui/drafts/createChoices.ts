import type { LintMode, Pack } from '../../core'
import { newPack, STARTER_LABELS } from '../state/newPack'

/** One way to start a pack on the start page. Add an entry here to offer another (a template, say). */
export interface CreateChoice {
  readonly id: string
  readonly title: string
  readonly text: string
  readonly lintMode: LintMode
  readonly create: () => Pack
}

export const CREATE_CHOICES: readonly CreateChoice[] = [
  { id: 'manifest', title: `New ${STARTER_LABELS.manifest.replace(/^M/, 'm')}`, text: 'Kubernetes manifests under manifests/, values.yaml and a README.', lintMode: 'author', create: () => newPack('manifest') },
  { id: 'chart', title: `New ${STARTER_LABELS.chart}`, text: 'A packaged Helm chart (.tgz) under charts/, wired into values.yaml.', lintMode: 'author', create: () => newPack('chart') },
  { id: 'os', title: `New ${STARTER_LABELS.os}`, text: 'An OS image for AWS, Azure or vSphere, described by annotations.', lintMode: 'author', create: () => newPack('os') },
]
