import { expect, test } from '@jupyterlab/galata';

import { showIsolationInfo } from '../helpers/palette';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const {
  sandboxUnavailableReason,
  SANDBOX_PORT,
  CREDENTIALS_URI
} = require('../sandbox');

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

  test('should tell what sudo gives, the EFS directory owned by nobody and the credentials path', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    await expect(panel.locator('.jp-IsolationInfo-identity')).toContainText(
      'host uid 100000'
    );
    await expect(panel.locator('.jp-IsolationInfo-findings')).toContainText(
      'sudo gives root in this container only'
    );
    const mounts = panel.locator('.jp-IsolationInfo-mounts');
    await expect(mounts).toContainText('/home/sagemaker-user/user-default-efs');
    await expect(mounts).toContainText('not mapped into this container');
    await expect(panel.locator('.jp-IsolationInfo-credentials')).toContainText(
      'Credentials variable set'
    );
    await expect(panel.locator('.jp-IsolationInfo-context')).toContainText(
      '111122223333'
    );
    expect(await panel.textContent()).not.toContain(CREDENTIALS_URI);

    for (const name of ['context', 'mounts', 'credentials', 'walls']) {
      expect(
        await panel.locator(`.jp-IsolationInfo-${name}`).screenshot()
      ).toMatchSnapshot(`sandbox-${name}.png`, { maxDiffPixelRatio: 0.02 });
    }
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
