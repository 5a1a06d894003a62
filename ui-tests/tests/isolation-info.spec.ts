import { expect, IJupyterLabPageFixture, test } from '@jupyterlab/galata';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function runFromPalette(page: IJupyterLabPageFixture, label: string) {
  await page.keyboard.press('Control+Shift+C');
  const palette = page.locator('#modal-command-palette');
  await palette.locator('input').fill(label);
  await palette
    .locator('.lm-CommandPalette-item', { hasText: label })
    .first()
    .click();
}

function panelOf(page: IJupyterLabPageFixture) {
  return page.getByRole('region', { name: 'Isolation Info' });
}

// The Galata server runs as this test's own user.
const uid = String(process.getuid!());

test.describe('Show Isolation Info', () => {
  test('should open the panel from the palette with the server uid', async ({
    page
  }) => {
    await runFromPalette(page, 'Show Isolation Info');

    const panel = panelOf(page);
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
    await runFromPalette(page, 'Show Isolation Info');
    const panel = panelOf(page);
    const hostUid = await panel
      .locator('.jp-IsolationInfo-hostUid')
      .textContent();
    await panel.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(panel.getByRole('status')).toHaveText(
      'Copied the report as Markdown.'
    );

    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain('# Isolation report');
    expect(clipboard).toContain(`| host uid | ${hostUid} |`);
  });

  test('should look at home in the dark theme', async ({ page }) => {
    await page.theme.setDarkTheme();
    await runFromPalette(page, 'Show Isolation Info');
    const panel = panelOf(page);
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
