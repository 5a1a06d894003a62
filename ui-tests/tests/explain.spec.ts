import * as path from 'path';

import { expect, test } from '@jupyterlab/galata';

import { brokenWords, setPanelWidth } from '../helpers/panel';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sandboxUnavailableReason, SANDBOX_PORT } = require('../sandbox');

test.use({
  baseURL: `http://127.0.0.1:${SANDBOX_PORT}`,
  viewport: { width: 1280, height: 800 }
});

test.describe('Explain Permissions in the Studio-like sandbox', () => {
  const reason: string = sandboxUnavailableReason();
  test.skip(reason !== '', `no sandbox: ${reason}`);

  test('should name the owner, the missing bit and the fix of a root-owned file', async ({
    page
  }) => {
    await page.filebrowser.openDirectory('cases');
    await page
      .locator('.jp-DirListing-item', { hasText: 'root-owned.txt' })
      .click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Explain Permissions' }).click();

    // The answer is a section at the top of the Isolation panel, shown.
    const view = page.locator(
      '#jp-isolation-info section[data-section="explain"]'
    );
    await expect(view).toBeVisible();
    await expect(view.locator('.jp-IsolationInfo-explain-path')).toHaveText(
      '/home/sagemaker-user/cases/root-owned.txt'
    );
    const write = view.locator('tr[data-operation="write"]');
    await expect(write.locator('td').nth(0)).toHaveText('no (measured)');
    await expect(write.locator('td').nth(1)).toContainText(
      'neither its owner (uid 0 (root))'
    );
    await expect(write.locator('td').nth(1)).toContainText("'w' bit");
    // Passwordless sudo works in this sandbox and container root is mapped.
    await expect(write.locator('td').nth(2)).toContainText(
      'sudo chown sagemaker-user /home/sagemaker-user/cases/root-owned.txt'
    );
    // Deleting it is up to the directory, which is the user's own.
    await expect(
      view.locator('tr[data-operation="delete"] td').nth(0)
    ).toHaveText('yes (measured)');
    // At the sidebar's default width no mode, owner, group or name of the
    // walk is drawn over two lines (a path wraps after a '/').
    expect(
      await brokenWords(
        page,
        '#jp-isolation-info .jp-IsolationInfo-explain-walk'
      )
    ).toEqual([]);
    // The README's picture of the whole answer, in a sidebar of 600 px and a
    // window tall enough to hold it; the sandbox's temporary folder on this
    // host, which the storage sentence names, is shortened to '/tmp/…'.
    await page.setViewportSize({ width: 1280, height: 2000 });
    await setPanelWidth(page, 600);
    await view.locator('.jp-IsolationInfo-explain-storage').evaluate(node => {
      node.textContent = (node.textContent ?? '').replace(
        /\/tmp\/[^\s,;)]+/g,
        '/tmp/…'
      );
    });
    await view.scrollIntoViewIfNeeded();
    await view.screenshot({
      path: path.join(__dirname, '..', '..', 'docs', 'explain.png')
    });
    // Closed, it is gone until the next explanation.
    await view.getByRole('button', { name: 'Close' }).click();
    await expect(view).toHaveCount(0);
  });

  test('should explain the folder shown from the listing background and refuse paths outside the root', async ({
    page
  }) => {
    await page.filebrowser.openDirectory('cases');
    await page
      .locator('.jp-DirListing-content')
      .click({ button: 'right', position: { x: 40, y: 200 } });
    await page.getByRole('menuitem', { name: 'Explain Permissions' }).click();
    const view = page.locator(
      '#jp-isolation-info section[data-section="explain"]'
    );
    await expect(view.locator('.jp-IsolationInfo-explain-path')).toHaveText(
      '/home/sagemaker-user/cases'
    );

    await page.keyboard.press('Control+Shift+C');
    const palette = page.locator('#modal-command-palette');
    await palette.locator('input').fill('Explain Path Permissions');
    await palette
      .locator('.lm-CommandPalette-item', {
        hasText: 'Explain Path Permissions…'
      })
      .first()
      .click();
    const dialog = page.locator('.jp-Dialog');
    await dialog.locator('input').fill('/etc/passwd');
    await dialog.locator('input').press('Enter');
    await expect(view.locator('.jp-IsolationInfo-explain-error')).toContainText(
      "Only paths inside the file browser's root are explained here"
    );
  });
});
