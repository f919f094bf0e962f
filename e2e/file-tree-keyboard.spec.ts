import { expect, test } from '@playwright/test'
import { startManifestPack } from './support/start'

test('the file tree is keyboard navigable', async ({ page }) => {
  await startManifestPack(page)
  const tree = page.getByRole('tree', { name: 'Pack files' })
  await tree.getByRole('treeitem', { name: /^values\.yaml/ }).focus()
  await page.keyboard.press('ArrowUp')
  await expect(tree.getByRole('treeitem', { name: /^pack\.json/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(tree.getByRole('treeitem', { name: /^pack\.json/ })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('End')
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(tree.getByRole('treeitem', { name: /^manifests\// })).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(tree.getByRole('treeitem', { name: /^manifests\// })).toHaveAttribute('aria-expanded', 'false')
  await expect(tree.getByRole('treeitem', { name: /^my-app\.yaml/ })).toHaveCount(0)
})
