import { IJupyterLabPageFixture } from '@jupyterlab/galata';

/**
 * Run a command from the command palette, as a user does.
 */
export async function runFromPalette(
  page: IJupyterLabPageFixture,
  label: string
): Promise<void> {
  await page.keyboard.press('Control+Shift+C');
  const palette = page.locator('#modal-command-palette');
  await palette.locator('input').fill(label);
  await palette
    .locator('.lm-CommandPalette-item', { hasText: label })
    .first()
    .click();
}

/**
 * Open the panel with "Show Isolation Info" and return it.
 */
export async function showIsolationInfo(page: IJupyterLabPageFixture) {
  await runFromPalette(page, 'Show Isolation Info');
  return page.getByRole('region', { name: 'Isolation Info' });
}
