import { expect, test } from '@playwright/test'
import type { Locator } from '@playwright/test'
import { formField, startNewPack } from './helpers'

/** Whether the element is drawn whole inside the window and inside `within` (nothing clipped). */
async function drawnWhole(element: Locator, within: Locator, windowWidth: number): Promise<boolean> {
  const [box, outer] = [await element.boundingBox(), await within.boundingBox()]
  if (box === null || outer === null) return false
  return box.x >= outer.x && box.x + box.width <= outer.x + outer.width + 0.5 && box.x + box.width <= windowWidth
}

for (const width of [1440, 1280, 1024]) {
  test(`at ${String(width)} px the header shows the pack's version and why the download is blocked, neither clipped`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await startNewPack(page, 'manifest add-on pack')
    await formField(page, 'textbox', 'Version').fill('10.20.30-rc.1')
    await formField(page, 'combobox', 'Add-on type').selectOption('')
    const reason = page.getByRole('button', { name: /^Blocked: \d+ errors? to fix/ })
    await expect(reason).toBeVisible()

    const header = page.getByRole('banner')
    const identity = header.locator('.identity')
    expect(await drawnWhole(reason, header, width)).toBe(true)
    expect(await drawnWhole(identity.getByText('v10.20.30-rc.1', { exact: true }), identity, width)).toBe(true)
  })
}
