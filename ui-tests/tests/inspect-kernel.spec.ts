import { expect, test } from '@jupyterlab/galata';

import { showIsolationInfo } from '../helpers/palette';

test.describe('Inspect kernel', () => {
  test('should show the uid a real ipykernel runs as', async ({ page }) => {
    await page.notebook.createNew('inspect.ipynb');
    await expect(
      page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')
    ).toHaveCount(1, { timeout: 60000 });

    const panel = await showIsolationInfo(page);
    // The toolbar button is enabled once the notebook has a kernel.
    const toolbarButton = panel
      .locator('.jp-SidePanel-toolbar')
      .getByRole('button', { name: /Collect the report inside/ });
    await expect(toolbarButton).toBeEnabled();
    await toolbarButton.click();

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
