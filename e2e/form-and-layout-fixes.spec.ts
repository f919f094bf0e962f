import { expect, test } from '@playwright/test'
import { formField } from './helpers'
import { modelText, openInEditor } from './support/monaco'

test('menus, form labels, layer change, rename and the Problems panel behave', async ({ page }) => {
  // Several Monaco editors open in one flow: slow on a shared CI machine.
  test.setTimeout(120_000)
  await page.goto('/')
  // The New pack menu is a real menu: arrow keys move, Enter picks.
  await page.getByRole('button', { name: 'New pack', exact: true }).focus()
  await page.keyboard.press('ArrowDown')
  const menu = page.getByRole('menu', { name: 'New pack' })
  await expect(menu.getByRole('menuitem', { name: 'Manifest add-on pack' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: 'Helm chart add-on pack' })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(menu).toBeHidden()

  const form = page.getByRole('region', { name: 'pack.json' })
  await expect(form.getByRole('button', { name: 'Add annotation' })).toBeVisible()
  await expect(form.getByRole('textbox', { name: 'Annotation name' })).toHaveValue('source')
  await expect(form.getByText('source Key')).toHaveCount(0)
  await expect(form.getByText(/Kubernetes manifests-1/)).toHaveCount(0)

  await formField(page, 'textbox', 'Name').fill('web-proxy')
  await expect(page.getByRole('banner')).toContainText('Web Proxy')
  await formField(page, 'combobox', 'Layer').selectOption('k8s')
  await expect(formField(page, 'combobox', 'Add-on type')).toHaveCount(0)
  await openInEditor(page, /^pack\.json/, 'pack.json')
  const packJson = JSON.parse(await modelText(page, 'pack.json')) as Record<string, unknown>
  expect(packJson).toMatchObject({ name: 'web-proxy', displayName: 'Web Proxy', layer: 'k8s' })
  expect(packJson).not.toHaveProperty('addonType')
  await openInEditor(page, /^values\.yaml/, 'values.yaml')
  expect(await modelText(page, 'values.yaml')).toContain('# Values of the web-proxy pack.')
  expect(await modelText(page, 'values.yaml')).toContain('  namespace: "web-proxy"')

  const toggle = page.getByRole('button', { name: 'Problems', exact: true })
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('separator', { name: 'Resize the Problems panel' })).toHaveCount(0)
  await toggle.click()
  const handle = page.getByRole('separator', { name: 'Resize the Problems panel' })
  const before = Number(await handle.getAttribute('aria-valuenow'))
  await handle.focus()
  await page.keyboard.press('ArrowUp')
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 24))
})
