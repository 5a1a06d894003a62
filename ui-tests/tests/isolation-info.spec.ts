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
      panel.locator('.jp-IsolationInfo-identity dd').first()
    ).toHaveText(new RegExp(`^${uid}\\b`));
    await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
      /^\d+$/
    );

    expect(
      await panel.screenshot({
        mask: [panel.locator('.jp-IsolationInfo-updated')]
      })
    ).toMatchSnapshot('isolation-panel.png', { maxDiffPixelRatio: 0.02 });
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
    const item = page.locator('#jp-main-statusbar .jp-IsolationInfo-status');
    await expect(item).toContainText('host uid');
    await item.click();
    await expect(panelOf(page)).toBeVisible();
    await expect(panelOf(page).locator('.jp-IsolationInfo-hostUid')).toHaveText(
      /^\d+$/
    );
  });

  test('should copy the report as Markdown with the host uid', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    const hostUid = await panel
      .locator('.jp-IsolationInfo-hostUid')
      .textContent();
    await panel.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(panel.getByRole('status')).toHaveText(
      'Copied the report as Markdown.'
    );

    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    // The server's Markdown, rendered by the collector: what the CLI prints.
    const served = await page.evaluate(async () => {
      const response = await fetch('/isolation-info/report?format=markdown');
      return response.text();
    });
    expect(clipboard).toBe(served);
    expect(clipboard.startsWith('## Isolation report\n')).toBe(true);
    expect(clipboard).toContain(`| Host UID | ${hostUid} |`);
  });

  test('should look at home in the dark theme', async ({ page }) => {
    await page.theme.setDarkTheme();
    const panel = await showIsolationInfo(page);
    await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
      /^\d+$/
    );
    expect(
      await panel.screenshot({
        mask: [panel.locator('.jp-IsolationInfo-updated')]
      })
    ).toMatchSnapshot('isolation-panel-dark.png', { maxDiffPixelRatio: 0.02 });
  });
});
