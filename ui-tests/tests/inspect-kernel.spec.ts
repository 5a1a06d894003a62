import { expect, test } from '@jupyterlab/galata';

test.describe('Inspect kernel', () => {
  test('should show the uid a real ipykernel runs as', async ({ page }) => {
    await page.notebook.createNew('inspect.ipynb');
    await expect(
      page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')
    ).toHaveCount(1, { timeout: 60000 });

    await page.keyboard.press('Control+Shift+C');
    const palette = page.locator('#modal-command-palette');
    await palette.locator('input').fill('Show Isolation Info');
    await palette
      .locator('.lm-CommandPalette-item', { hasText: 'Show Isolation Info' })
      .first()
      .click();
    const panel = page.getByRole('region', { name: 'Isolation Info' });
    await panel.getByRole('button', { name: 'Inspect kernel' }).click();

    const inspection = panel.locator('.jp-IsolationInfo-inspection');
    const uid = String(process.getuid!());
    await expect(
      inspection.locator('.jp-IsolationInfo-kernelValue').first()
    ).toHaveText(new RegExp(`^${uid}\\b`), { timeout: 30000 });
    await expect(inspection).toContainText('share one identity');
    // Silent: the notebook shows no output and no new execution count.
    await expect(page.locator('.jp-OutputArea-output')).toHaveCount(0);
  });
});
