import { expect, test } from '@jupyterlab/galata';

import { execute, panelOf, seriousViolations } from '../helpers/panel';
import { runFromPalette, showIsolationInfo } from '../helpers/palette';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

// The Galata server runs as this test's own user.
const uid = process.getuid!();

const COMMANDS = [
  'Show Isolation Info',
  'Refresh Isolation Report',
  'Probe Network Endpoints',
  'Copy Isolation Report as Markdown',
  'Copy Isolation Report as JSON',
  'Inspect Kernel Isolation'
];

test.describe('Commands', () => {
  test('should list every action in the palette under Isolation', async ({
    page
  }) => {
    await page.keyboard.press('Control+Shift+C');
    const palette = page.locator('#modal-command-palette');
    await palette.locator('input').fill('Isolation');
    const section = palette.locator('.lm-CommandPalette-header', {
      hasText: 'Isolation'
    });
    await expect(section).toHaveCount(1);
    for (const label of COMMANDS) {
      await expect(
        palette.locator('.lm-CommandPalette-item', { hasText: label })
      ).toHaveCount(1);
    }
    // No notebook or console: nothing to inspect yet.
    await expect(
      palette.locator('.lm-CommandPalette-item', {
        hasText: 'Inspect Kernel Isolation'
      })
    ).toHaveClass(/lm-mod-disabled/);
  });

  test('should refresh from the palette, skipping the server cache', async ({
    page
  }) => {
    await showIsolationInfo(page);
    const request = page.waitForRequest(r =>
      r.url().includes('/isolation-info/report?refresh=1')
    );
    await runFromPalette(page, 'Refresh Isolation Report');
    await request;
  });

  test('should ask the server nothing until JupyterLab has restored its layout', async ({
    browser,
    baseURL
  }) => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const seen = ((window as any).__isolationStartup = {
        requests: [] as number[],
        restoredAt: null as number | null
      });
      // Before JupyterLab captures fetch: every request the extension makes.
      const original = window.fetch;
      window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
        const url = input instanceof Request ? input.url : String(input);
        if (url.includes('/isolation-info/')) {
          seen.requests.push(performance.now());
        }
        return original.call(this, input, init);
      };
      let app: any;
      Object.defineProperty(window, 'jupyterapp', {
        configurable: true,
        get: () => app,
        set: value => {
          app = value;
          void value.restored.then(() => {
            seen.restoredAt = performance.now();
          });
        }
      });
    });
    const page = await context.newPage();
    // A workspace of its own, emptied: a panel restored open would rightly fetch
    // at once.
    await page.goto(`${baseURL}/lab/workspaces/isolation-startup?reset`);
    // The status bar item still gets its report, once JupyterLab has started.
    await expect(page.locator('.jp-IsolationInfo-statusItem')).toContainText(
      'host uid'
    );
    const seen = await page.evaluate(() => (window as any).__isolationStartup);
    await context.close();
    expect(seen.restoredAt).not.toBeNull();
    expect(seen.requests.length).toBeGreaterThan(0);
    expect(Math.min(...seen.requests)).toBeGreaterThanOrEqual(seen.restoredAt);
  });

  test('should revalidate an unchanged report instead of downloading it again', async ({
    browser,
    baseURL
  }) => {
    // A context of its own: Galata's page routes turn the browser's HTTP cache off.
    const context = await browser.newContext();
    const page = await context.newPage();
    // A workspace of its own: no panel restored open, so no timed refresh.
    await page.goto(`${baseURL}/lab/workspaces/revalidate-${Date.now()}`);
    await expect(page.locator('.jp-IsolationInfo-statusItem')).toContainText(
      'host uid'
    );
    const answers: Array<{ tag: string | null; bytes: number } | null> = [];
    page.on('requestfinished', async request => {
      if (request.url().includes('/isolation-info/report?refresh=1')) {
        // Keep the order the requests finished in: the awaits below can
        // resolve out of order on a loaded machine.
        const slot = answers.push(null) - 1;
        const sent = await request.allHeaders();
        answers[slot] = {
          tag: sent['if-none-match'] ?? null,
          bytes: (await request.sizes()).responseBodySize
        };
      }
    });
    // Within the server's refresh_min_interval: the same report, the same tag.
    for (let i = 0; i < 2; i++) {
      await page.evaluate(() =>
        (window as any).jupyterapp.commands.execute('isolation-info:refresh')
      );
    }
    await expect
      .poll(() => answers.length === 2 && answers.every(a => a !== null))
      .toBe(true);
    await context.close();
    const [first, second] = answers as Array<{
      tag: string | null;
      bytes: number;
    }>;
    // The first refresh downloads the report, unless this page already holds
    // it (then it too is revalidated); the second asks with the tag it was
    // given and the server sends no body (a 304; the browser hands the page
    // its kept copy).
    expect(
      first.tag === null ? first.bytes > 1000 : first.bytes === 0,
      JSON.stringify(first)
    ).toBe(true);
    expect(second.tag).toMatch(/^"[0-9a-f]+-json"$/);
    expect(second.bytes, JSON.stringify(second)).toBe(0);
  });

  test('should probe from the palette and say what the server answered', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    await expect(panel.locator('.jp-IsolationInfo-verdict')).not.toBeEmpty();
    const request = page.waitForRequest(
      r => r.url().includes('/isolation-info/probe') && r.method() === 'POST'
    );
    await runFromPalette(page, 'Probe Network Endpoints');
    await request;
    // Probes are off on the test server: the refusal is shown, the report stays.
    await expect(panel.getByRole('status')).toContainText('probe');
    await expect(panel.locator('.jp-IsolationInfo-verdict')).not.toBeEmpty();
  });

  test('should copy the report as JSON from the palette', async ({ page }) => {
    const panel = await showIsolationInfo(page);
    await expect(panel.locator('.jp-IsolationInfo-verdict')).not.toBeEmpty();
    await runFromPalette(page, 'Copy Isolation Report as JSON');
    await expect(panel.getByRole('status')).toHaveText(
      'Copied the report as JSON.'
    );
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const report = JSON.parse(clipboard);
    expect(report.run_as.uid).toBe(uid);
    expect(report.schema_version).toBe(1);
  });

  test("should copy the server's Markdown from the palette", async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    await expect(panel.locator('.jp-IsolationInfo-verdict')).not.toBeEmpty();
    // The very answer the command got: fetching again could cross the server's
    // cache lifetime and bring a newer report.
    const response = page.waitForResponse(
      r =>
        r.url().includes('/isolation-info/report') &&
        r.url().includes('format=markdown')
    );
    await runFromPalette(page, 'Copy Isolation Report as Markdown');
    await expect(panel.getByRole('status')).toHaveText(
      'Copied the report as Markdown.'
    );
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    // The server's Markdown, rendered by the collector: what the CLI prints.
    const served = await (await response).text();
    expect(clipboard).toBe(served);
    expect(clipboard.startsWith('## Isolation report\n')).toBe(true);
  });

  test('should inspect the kernel from the palette and keep the result across a refresh', async ({
    page
  }) => {
    await page.notebook.createNew('glance.ipynb');
    await expect(
      page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')
    ).toHaveCount(1, { timeout: 60000 });
    await runFromPalette(page, 'Inspect Kernel Isolation');
    const panel = panelOf(page);
    await expect(panel).toBeVisible();
    const section = panel.locator('.jp-IsolationInfo-inspect');
    await expect(
      section.locator('.jp-IsolationInfo-kernelValue').first()
    ).toHaveText(new RegExp(`^${uid}\\b`), { timeout: 30000 });
    await expect(
      section.locator('.jp-IsolationInfo-inspectedAt')
    ).toContainText('Python 3');
    await execute(page, 'isolation-info:refresh');
    await expect(
      section.locator('.jp-IsolationInfo-kernelValue').first()
    ).toHaveText(new RegExp(`^${uid}\\b`));
  });
});

test.describe('In-place updates', () => {
  test('should keep an opened finding, scroll and focus across a forced refresh', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    const finding = panel.locator('.jp-IsolationInfo-findingDetails').first();
    await finding.locator('summary').click();
    await expect(finding).toHaveAttribute('open', '');
    const toggle = panel.getByRole('button', { name: 'App metadata' });
    await toggle.focus();
    const content = panel.locator('.jp-SidePanel-content');
    await content.evaluate(node => (node.scrollTop = 40));
    const scrollTop = await content.evaluate(node => node.scrollTop);

    const response = page.waitForResponse(r =>
      r.url().includes('/isolation-info/report?refresh=1')
    );
    await execute(page, 'isolation-info:refresh');
    await response;
    await page.waitForTimeout(200);

    await expect(finding).toHaveAttribute('open', '');
    await expect(toggle).toBeFocused();
    expect(await content.evaluate(node => node.scrollTop)).toBe(scrollTop);
  });

  test('should keep a closed section closed across a reload', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    const toggle = panel.getByRole('button', { name: 'Run-as user' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // The state database saves in the background.
    await page.waitForTimeout(500);
    await page.reload();
    await expect(
      panelOf(page).getByRole('button', { name: 'Run-as user' })
    ).toHaveAttribute('aria-expanded', 'false');
    // Put it back for the other tests.
    await panelOf(page).getByRole('button', { name: 'Run-as user' }).click();
  });
});

test.describe('Keyboard and accessibility', () => {
  test('should reach every toolbar button and section with the keyboard', async ({
    page
  }) => {
    const panel = await showIsolationInfo(page);
    await expect(panel.locator('.jp-IsolationInfo-verdict')).not.toBeEmpty();
    const toolbar = panel.locator('.jp-SidePanel-toolbar');
    const enabled = toolbar.locator('button:not([disabled])');
    const names = await enabled.evaluateAll(buttons =>
      buttons.map(b => b.getAttribute('aria-label'))
    );
    expect(names).toEqual([
      'Collect the isolation report again',
      'Probe the endpoints the server is configured to probe (off unless enabled on the server)',
      'Copy the isolation report as Markdown',
      'Copy the isolation report as JSON'
    ]);

    // The toolbar is one tab stop; arrows move along it.
    const active = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await enabled.first().focus();
    for (const name of names.slice(1)) {
      await page.keyboard.press('ArrowRight');
      expect(await active()).toBe(name);
    }
    await page.keyboard.press('ArrowLeft');
    expect(await active()).toBe(names[names.length - 2]);

    // Tab goes on to the verdict, the four answers and the section headings.
    await page.keyboard.press('Tab');
    await expect(panel.locator('.jp-IsolationInfo-verdict')).toBeFocused();
    const lines = panel.locator('.jp-IsolationInfo-glanceLine');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      await expect(lines.nth(i)).toBeFocused();
    }
    await page.keyboard.press('Tab');
    const headings = panel.locator('.jp-IsolationInfo-sectionToggle');
    await expect(headings.first()).toBeFocused();
    // Arrows move between the section headings.
    const count = await headings.count();
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('ArrowDown');
      await expect(headings.nth(i)).toBeFocused();
    }
    // Enter and Space fold and unfold a section.
    const last = headings.nth(count - 1);
    const before = await last.getAttribute('aria-expanded');
    await page.keyboard.press('Enter');
    await expect(last).not.toHaveAttribute('aria-expanded', before!);
    await page.keyboard.press('Space');
    await expect(last).toHaveAttribute('aria-expanded', before!);
  });

  for (const theme of ['light', 'dark']) {
    test(`should have no serious or critical axe violation (${theme})`, async ({
      page
    }) => {
      if (theme === 'dark') {
        await page.theme.setDarkTheme();
      }
      const panel = await showIsolationInfo(page);
      await expect(panel.locator('.jp-IsolationInfo-verdict')).not.toBeEmpty();
      // Open every section and finding, so axe sees all of it.
      for (const toggle of await panel
        .locator('.jp-IsolationInfo-sectionToggle')
        .all()) {
        if ((await toggle.getAttribute('aria-expanded')) === 'false') {
          await toggle.click();
        }
      }
      for (const details of await panel.locator('details').all()) {
        await details.evaluate(
          node => ((node as HTMLDetailsElement).open = true)
        );
      }
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
