import { createPack } from './pack'
import type { Pack } from './pack'
import { encodeText } from '../text/encoding'
import { cniTemplateFiles, csiTemplateFiles, osTemplateFiles } from './layerTemplates'
import { starterPackFiles } from './starterPack'
import type { PackTemplateId } from './packTemplateList'

export { PACK_TEMPLATES } from './packTemplateList'
export type { PackTemplate, PackTemplateId } from './packTemplateList'

async function templateFiles(id: PackTemplateId): Promise<Record<string, string | Uint8Array>> {
  switch (id) {
    case 'manifest': return starterPackFiles('manifest')
    // The starter chart is written as a .tgz (tar, gzip, YAML): that code loads only for this template.
    case 'chart': return (await import('./chartTemplate')).chartTemplateFiles()
    case 'cni': return cniTemplateFiles()
    case 'csi': return csiTemplateFiles()
    case 'os-aws': return osTemplateFiles('aws')
    case 'os-azure': return osTemplateFiles('azure')
    case 'os-vsphere': return osTemplateFiles('vsphere')
  }
}

/** A new pack from a template. It has no logo yet: the user generates or uploads one. */
export async function packFromTemplate(id: PackTemplateId): Promise<Pack> {
  const files = await templateFiles(id)
  return createPack('', Object.entries(files).map(([path, content]) => [path, typeof content === 'string' ? encodeText(content) : content] as const))
}
