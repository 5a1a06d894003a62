import { expect, IJupyterLabPageFixture, test } from '@jupyterlab/galata';

import { brokenWords, setPanelWidth } from '../helpers/panel';
import { showIsolationInfo } from '../helpers/palette';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sandboxUnavailableReason, SANDBOX_PORT } = require('../sandbox');

/**
 * Text the panel cuts with an ellipsis, as `selector: "text"` lines: every
 * element whose computed text-overflow is ellipsis and whose content is
 * wider than its box. `firstScreen`: only elements drawn in the panel's
 * visible area as it first shows (its header, and the content above the
 * fold without scrolling).
 */
function cutText(
  page: IJupyterLabPageFixture,
  firstScreen: boolean
): Promise<string[]> {
  return page.evaluate(onlyFirst => {
    const panel = document.querySelector('#jp-isolation-info')!;
    const content = panel.querySelector('.jp-SidePanel-content')!;
    const visible = content.getBoundingClientRect();
    const bottom = Math.min(visible.bottom, window.innerHeight);
    const cut: string[] = [];
    for (const element of Array.from(panel.querySelectorAll('*'))) {
      if (element.closest('[hidden]')) {
        continue;
      }
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) {
        continue; // not drawn (display: none, a closed details' body)
      }
      if (onlyFirst && (box.top >= bottom || box.bottom <= 0)) {
        continue;
      }
      if (
        getComputedStyle(element).textOverflow === 'ellipsis' &&
        element.scrollWidth > element.clientWidth
      ) {
        cut.push(
          `${element.className}: "${(element.textContent ?? '').trim()}"`
        );
      }
    }
    return cut;
  }, firstScreen);
}

test.use({
  baseURL: `http://127.0.0.1:${SANDBOX_PORT}`,
  viewport: { width: 1280, height: 800 }
});

test.describe('A first screen that hides no word', () => {
  const reason: string = sandboxUnavailableReason();
  test.skip(reason !== '', `no sandbox: ${reason}`);

  for (const theme of ['light', 'dark']) {
    for (const width of [250, 400]) {
      test(`should cut nothing in the first screen at ${width} px (${theme})`, async ({
        page
      }) => {
        if (theme === 'dark') {
          await page.theme.setDarkTheme();
        }
        const panel = await showIsolationInfo(page);
        // The Studio-like report, with its long answers (the first one of a
        // run waits for the sandboxed server's first collection).
        await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
          '200001',
          { timeout: 30000 }
        );
        await expect(
          panel.locator('[data-line="endpoints"] .jp-IsolationInfo-glanceValue')
        ).toContainText('blocked: Instance metadata service (IPv4)');
        await setPanelWidth(page, width);
        expect(
          Math.abs((await panel.boundingBox())!.width - width)
        ).toBeLessThanOrEqual(2);

        expect(await cutText(page, true)).toEqual([]);
        // Whole, not only uncut: the verdict and the four answers keep their
        // full text, wrapping between words and never inside one.
        const verdict = panel.locator('.jp-IsolationInfo-verdict');
        await expect(verdict).toBeInViewport({ ratio: 1 });
        const values = panel.locator('.jp-IsolationInfo-glanceValue');
        await expect(values).toHaveCount(4);
        for (const value of await values.all()) {
          await expect(value).toBeInViewport({ ratio: 1 });
        }
        expect(
          await brokenWords(page, '#jp-isolation-info .jp-IsolationInfo-glance')
        ).toEqual([]);
        // "collected 5 s ago" is one line high, beside the title.
        const updated = panel.locator('.jp-IsolationInfo-updated');
        await expect(updated).toContainText('ago');
        const lines = await updated.evaluate(node => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return new Set(
            Array.from(range.getClientRects()).map(rect => Math.round(rect.top))
          ).size;
        });
        expect(lines).toBe(1);
        // And inside the panel, not clipped at its edge.
        const inside = await updated.evaluate(node => {
          const box = node.getBoundingClientRect();
          const panel = node.closest('#jp-isolation-info')!;
          const edge = panel.getBoundingClientRect();
          return box.left >= edge.left && box.right <= edge.right;
        });
        expect(inside).toBe(true);
      });
    }
  }

  test('should cut no finding title, wherever it is in the panel', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    await expect(panel.locator('.jp-IsolationInfo-hostUid')).toHaveText(
      '200001'
    );
    await setPanelWidth(page, 250);
    const titles = panel.locator('.jp-IsolationInfo-findingTitle');
    expect(await titles.count()).toBeGreaterThan(0);
    const cut = (await cutText(page, false)).filter(line =>
      line.includes('findingTitle')
    );
    expect(cut).toEqual([]);
    const clipped = await titles.evaluateAll(nodes =>
      nodes
        .filter(node => node.scrollWidth > node.clientWidth + 1)
        .map(node => node.textContent)
    );
    expect(clipped).toEqual([]);
  });
});
