import { expect, test } from '@jupyterlab/galata';

import { dialogsDismissed } from '../helpers/dialogs';
import { showIsolationInfo } from '../helpers/palette';

test.describe('Rendering', () => {
  test('should show metadata values with HTML and script literally', async ({
    page
  }) => {
    const dialogs = dialogsDismissed(page);
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

  test('should render a report whose metadata held NaN, 1e400, broken Unicode and terminal codes', async ({
    page
  }) => {
    const errors: string[] = [];
    page.on('pageerror', error => errors.push(error.message));
    const panel = await showIsolationInfo(page);
    // The report arrived and was rendered: no endless "Collecting…".
    await expect(panel.locator('.jp-IsolationInfo-verdict')).not.toBeEmpty();
    const metadata = panel.locator('.jp-IsolationInfo-metadata');
    await expect(metadata.locator('.jp-IsolationInfo-note')).toHaveCount(3);
    await expect(metadata).toContainText(
      'shown as text: EbsVolumeSizeInGb (NaN), Quota (1e400)'
    );
    await metadata.locator('details summary').first().click();
    const value = (key: string) =>
      metadata
        .locator('dt', { hasText: new RegExp(`^${key}$`) })
        .locator('+ dd');
    await expect(value('EbsVolumeSizeInGb')).toHaveText('NaN');
    await expect(value('Broken')).toHaveText('\ufffd');
    // Invisible characters are shown as escapes, as the CLI shows them.
    await expect(value('ReadOnly')).toHaveText('read\\u202eylno-');
    await expect(value('Terminal')).toHaveText('\\x1b]0;owned\\x07\\x1b[2J');
    // The repeated key is named in a finding.
    await expect(panel.locator('.jp-IsolationInfo-findings')).toContainText(
      'The app metadata file repeats keys'
    );
    expect(errors).toEqual([]);
  });
});
