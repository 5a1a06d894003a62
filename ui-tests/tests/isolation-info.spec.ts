import { expect, IJupyterLabPageFixture, test } from '@jupyterlab/galata';

import { runFromPalette, showIsolationInfo } from '../helpers/palette';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

function panelOf(page: IJupyterLabPageFixture) {
  return page.getByRole('region', { name: 'Isolation Info' });
}

// The Galata server runs as this test's own user.
const uid = String(process.getuid!());

test.describe('Show Isolation Info', () => {
  test('should open the panel from the palette with the server uid', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    await expect(panel).toBeVisible();
    await expect(
      panel.locator('.jp-IsolationInfo-run_as dd').first()
    ).toHaveText(new RegExp(`^${uid}\\b`));
    await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
      /^\d+$/
    );

    await expect(panel).toHaveScreenshot('isolation-panel.png', {
      mask: [panel.locator('.jp-IsolationInfo-updated')],
      maxDiffPixelRatio: 0.02
    });
  });

  test('should toggle the panel closed on a second run of the command', async ({
    page
  }) => {
    await runFromPalette(page, 'Show Isolation Info');
    await expect(panelOf(page)).toBeVisible();
    await runFromPalette(page, 'Show Isolation Info');
    await expect(panelOf(page)).toBeHidden();
  });

  test('should open the panel from the status bar item', async ({ page }) => {
    const item = page.locator(
      '#jp-main-statusbar .jp-IsolationInfo-statusItem'
    );
    await expect(item).toContainText('host uid');
    await item.click();
    await expect(panelOf(page)).toBeVisible();
    await expect(panelOf(page).locator('.jp-IsolationInfo-hostUid')).toHaveText(
      /^\d+$/
    );
  });

  test('should look at home in the dark theme', async ({ page }) => {
    await page.theme.setDarkTheme();
    const panel = await showIsolationInfo(page);
    await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
      /^\d+$/
    );
    await expect(panel).toHaveScreenshot('isolation-panel-dark.png', {
      mask: [panel.locator('.jp-IsolationInfo-updated')],
      maxDiffPixelRatio: 0.02
    });
  });
});
