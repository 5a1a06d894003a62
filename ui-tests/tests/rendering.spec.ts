import { expect, test } from '@jupyterlab/galata';

import { showIsolationInfo } from '../helpers/palette';

test.describe('Rendering', () => {
  test('should show metadata values with HTML and script literally', async ({
    page
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', dialog => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const panel = await showIsolationInfo(page);
    const metadata = panel.locator('.jp-IsolationInfo-metadata');
    await expect(metadata.locator('dd', { hasText: '<img' })).toHaveText(
      '<img src=x onerror="window.__isolationPwned = 1">'
    );
    await expect(metadata.locator('dd', { hasText: '<script>' })).toHaveText(
      '<script>window.__isolationPwned = 2</script>'
    );
    await expect(metadata.locator('dd', { hasText: 'bold?' })).toHaveText(
      '<b>bold?</b>'
    );
    await expect(metadata.locator('img, script, b')).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as any).__isolationPwned)
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
