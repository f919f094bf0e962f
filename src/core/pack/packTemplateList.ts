/** The templates a new pack can start from, one per layer kind. */
export type PackTemplateId = 'manifest' | 'chart' | 'cni' | 'csi' | 'os-aws' | 'os-azure' | 'os-vsphere'

/** A template as the start page and the New pack menu show it. */
export interface PackTemplate {
  readonly id: PackTemplateId
  readonly label: string
  readonly description: string
}

// The list alone, apart from the templates' files (packTemplates.ts), so the start page can offer the
// choices without loading the pack.json schema and the template texts.
/** Every template, in the order the choices are offered. */
export const PACK_TEMPLATES: readonly PackTemplate[] = [
  { id: 'manifest', label: 'Manifest add-on pack', description: 'Kubernetes manifests under manifests/, values.yaml and a README.' },
  { id: 'chart', label: 'Helm chart add-on pack', description: 'A starter Helm chart under charts/, its defaults in values.yaml; swap in your chart.' },
  { id: 'cni', label: 'CNI pack (network layer)', description: 'A network layer pack: a CNI DaemonSet manifest to replace with your plugin.' },
  { id: 'csi', label: 'CSI pack (storage layer)', description: 'A storage layer pack: a StorageClass manifest to replace with your driver.' },
  { id: 'os-aws', label: 'AWS OS pack (docs example)', description: "The documentation's CentOS AMI example, to point at your image." },
  { id: 'os-azure', label: 'Azure OS pack (docs example)', description: "The documentation's CentOS Marketplace image example." },
  { id: 'os-vsphere', label: 'vSphere OS pack (docs example)', description: "The documentation's CentOS VM template example." },
]
