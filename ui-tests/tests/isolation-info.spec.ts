import { expect, test } from '@jupyterlab/galata';

test.describe('Show Isolation Info', () => {
  test('should open the panel from the palette with the server uid', async ({
    page
  }) => {
    await page.keyboard.press('Control+Shift+C');
    const palette = page.locator('#modal-command-palette');
    await palette.locator('input').fill('Show Isolation Info');
    await palette
      .locator('.lm-CommandPalette-item', { hasText: 'Show Isolation Info' })
      .click();

    const panel = page.getByRole('region', { name: 'Isolation Info' });
    await expect(panel).toBeVisible();
    // The Galata server runs as this test's own user.
    const uid = String(process.getuid!());
    await expect(
      panel.locator('.jp-IsolationInfo-identity dd').first()
    ).toHaveText(new RegExp(`^${uid}\\b`));
    await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
      /^\d+$/
    );

    expect(await panel.screenshot()).toMatchSnapshot('isolation-panel.png');
  });
});
