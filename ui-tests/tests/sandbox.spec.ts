import { expect, test } from '@jupyterlab/galata';
import * as path from 'path';
import { Locator } from '@playwright/test';

import {
  brokenWords,
  openEverything,
  overlappingText,
  seriousViolations,
  setPanelWidth
} from '../helpers/panel';
import { showIsolationInfo } from '../helpers/palette';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const {
  sandboxUnavailableReason,
  SANDBOX_PORT,
  CREDENTIALS_URI
} = require('../sandbox');

/**
 * Whether anything in the panel's content is wider than the panel.
 */
function overflowsSideways(panel: Locator): Promise<boolean> {
  return panel
    .locator('.jp-SidePanel-content')
    .evaluate(node => node.scrollWidth > node.clientWidth + 1);
}

test.use({
  baseURL: `http://127.0.0.1:${SANDBOX_PORT}`,
  viewport: { width: 1280, height: 800 }
});

test.describe('In the Studio-like sandbox', () => {
  const reason: string = sandboxUnavailableReason();
  // Only where the sandbox cannot run at all (not root); a checkout the
  // sandbox user cannot read is staged in a world-readable copy first.
  test.skip(reason !== '', `no sandbox: ${reason}`);

  test('should show the four answers without scrolling at 1280×800', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    const line = (id: string) =>
      panel.locator(`[data-line="${id}"] .jp-IsolationInfo-glanceValue`);
    await expect(line('run_as')).toHaveText(
      /^sagemaker-user \(1000\), (with sudo|no sudo|sudo unknown)$/
    );
    await expect(line('host')).toHaveText('uid 200001, remapped');
    await expect(line('home')).toHaveText('owned by you, host uid 200001');
    await expect(line('endpoints')).toContainText(
      /blocked: Instance metadata service \(IPv4\)/
    );
    for (const id of ['run_as', 'host', 'home', 'endpoints']) {
      await expect(line(id)).toBeInViewport({ ratio: 1 });
    }
    await expect(panel.locator('.jp-IsolationInfo-verdict')).toBeInViewport({
      ratio: 1
    });
    // And the sections behind them say the same.
    await expect(
      panel.locator('.jp-IsolationInfo-run_as dd').first()
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
  });

  for (const theme of ['light', 'dark']) {
    for (const width of [260, 400]) {
      test(`should fit ${width} px in the ${theme} theme`, async ({ page }) => {
        if (theme === 'dark') {
          await page.theme.setDarkTheme();
        }
        const panel = await showIsolationInfo(page);
        await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
          '200001'
        );
        await setPanelWidth(page, width);
        const box = (await panel.boundingBox())!;
        expect(Math.abs(box.width - width)).toBeLessThanOrEqual(2);
        // No value breaks inside a word. (A sentence may wrap between its
        // words and a path after a '/': first-screen.spec.ts checks nothing
        // is cut instead.) A single token stays one line, cut until clicked.
        expect(await brokenWords(page)).toEqual([]);
        const tall = await panel
          .locator('.jp-IsolationInfo-fields dd:not(:has(.jp-mod-prose))')
          .evaluateAll(nodes =>
            nodes
              .filter(node => node.getBoundingClientRect().height > 40)
              .map(node => node.textContent)
          );
        expect(tall).toEqual([]);
        expect(await overflowsSideways(panel)).toBe(false);
        expect(await seriousViolations(page)).toEqual([]);
        await expect(panel).toHaveScreenshot(
          `sandbox-panel-${width}-${theme}.png`,
          {
            mask: [panel.locator('.jp-IsolationInfo-updated')],
            maxDiffPixelRatio: 0.02
          }
        );
      });
    }
  }
  test('should draw no text over other text with Studio metadata at the default width', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
      '200001'
    );
    // Every section open, and the metadata fields shown.
    await openEverything(page);
    expect(await overlappingText(page)).toEqual([]);
    expect(await overflowsSideways(panel)).toBe(false);
  });

  test('should break no word inside itself, at the default width and at 260 px', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
      '200001'
    );
    await openEverything(page);
    // The endpoint table, a header and a kernel-made value are drawn.
    await expect(
      panel.locator('tr[data-endpoint-id="imds-ipv4"]')
    ).toBeVisible();
    expect(await brokenWords(page)).toEqual([]);
    await setPanelWidth(page, 260);
    await openEverything(page);
    expect(await brokenWords(page)).toEqual([]);
    expect(await overflowsSideways(panel)).toBe(false);
  });

  test('should draw the picture the README opens with', async ({ page }) => {
    const panel = await showIsolationInfo(page);
    await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
      '200001'
    );
    await expect(panel.locator('.jp-IsolationInfo-verdict')).not.toBeEmpty();
    // The time since collection changes from run to run.
    await panel.locator('.jp-IsolationInfo-updated').evaluate(node => {
      node.textContent = 'collected 5\u00a0s ago';
    });
    await panel.screenshot({
      path: path.join(__dirname, '..', '..', 'docs', 'panel.png')
    });
  });

  test('should use a wide sidebar of 600 px without overflowing', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
      '200001'
    );
    await setPanelWidth(page, 600);
    expect(Math.abs((await panel.boundingBox())!.width - 600)).toBeLessThan(3);
    expect(await overflowsSideways(panel)).toBe(false);
    // Wide enough for every answer in full: a long one wraps between words.
    const cut = await panel
      .locator('.jp-IsolationInfo-glanceValue')
      .evaluateAll(
        nodes =>
          nodes.filter(node => node.scrollWidth > node.clientWidth).length
      );
    expect(cut).toBe(0);
  });

  test('should tell what sudo gives, the EFS directory owned by nobody and the credentials path', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    await expect(
      panel.locator('.jp-IsolationInfo-user_namespace')
    ).toContainText('host uid 100000');
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
      await expect(panel.locator(`.jp-IsolationInfo-${name}`)).toHaveScreenshot(
        `sandbox-${name}.png`,
        { maxDiffPixelRatio: 0.02 }
      );
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
    // Which kernel and when: its id and the time of day change its width, and
    // so where it wraps; a fixed text of the same shape keeps the layout still.
    await section.locator('.jp-IsolationInfo-inspectedAt').evaluate(node => {
      node.textContent =
        'Kernel Python 3 (ipykernel) 0f0f0f0f, inspected at 12:00:00 PM';
    });
    await section.scrollIntoViewIfNeeded();
    await expect(section).toHaveScreenshot('sandbox-kernel.png', {
      mask: [section.locator('.jp-IsolationInfo-inspectedAt')],
      maxDiffPixelRatio: 0.02
    });
  });
});
