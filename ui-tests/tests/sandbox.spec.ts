import { expect, test } from '@jupyterlab/galata';

import { showIsolationInfo } from '../helpers/palette';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sandboxUnavailableReason, SANDBOX_PORT } = require('../sandbox');

test.use({ baseURL: `http://127.0.0.1:${SANDBOX_PORT}` });

test.describe('In the Studio-like sandbox', () => {
  const reason: string = sandboxUnavailableReason();
  // Only where the sandbox cannot run at all (not root, or a checkout the
  // sandbox user cannot read); CI runs as root in a readable clone.
  test.skip(reason !== '', `no sandbox: ${reason}`);

  test('should show the remapped host uid and the blocked metadata service', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    await expect(
      panel.locator('.jp-IsolationInfo-identity dd').first()
    ).toHaveText('1000 (sagemaker-user)');
    await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
      '200001'
    );
    await expect(
      panel.locator('tr[data-endpoint-id="imds-ipv4"] .jp-IsolationInfo-status')
    ).toHaveText('blocked');
    await expect(panel.locator('.jp-IsolationInfo-metadata')).toContainText(
      'read-only'
    );

    expect(
      await panel.screenshot({
        mask: [panel.locator('.jp-IsolationInfo-updated')]
      })
    ).toMatchSnapshot('sandbox-panel.png', { maxDiffPixelRatio: 0.02 });
  });
});

test.describe('Inspect kernel in the Studio-like sandbox', () => {
  const reason: string = sandboxUnavailableReason();
  test.skip(reason !== '', `no sandbox: ${reason}`);

  test('should show the kernel beside the server', async ({ page }) => {
    await page.notebook.createNew('sandbox.ipynb');
    await expect(
      page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')
    ).toHaveCount(1, { timeout: 60000 });
    const panel = await showIsolationInfo(page);
    await panel.getByRole('button', { name: 'Inspect kernel' }).click();

    const section = panel.locator('.jp-IsolationInfo-inspect');
    await expect(
      section.locator('.jp-IsolationInfo-kernelValue').first()
    ).toHaveText('1000 (sagemaker-user)', { timeout: 30000 });
    await section.scrollIntoViewIfNeeded();
    expect(await section.screenshot()).toMatchSnapshot('sandbox-kernel.png', {
      maxDiffPixelRatio: 0.02
    });
  });
});
