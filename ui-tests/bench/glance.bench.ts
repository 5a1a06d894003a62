import { expect, IJupyterLabPageFixture, test } from '@jupyterlab/galata';
import { record } from './record';

/**
 * Two panel costs, reported by `make bench` and never asserted here:
 *
 * - refresh to paint: `isolation-info:refresh` with a report of 200 metadata
 *   fields answered at once in the page (no network), to the frame after the
 *   panel changed; once with the same report (nothing to redraw) and once
 *   with one metadata field changed (the metadata section redrawn);
 * - start-up to the launcher, with and without the extension, in fresh
 *   browser contexts against the same server: "without" drops the extension
 *   from the page config's federated extensions, "with" passes the same
 *   page through the same route untouched; the labextension's files a "with"
 *   load fetches (its start-up JavaScript) are recorded by name.
 */
const REFRESHES = 60;
const LOADS = Number(process.env.ISOLATION_BENCH_LOADS ?? 40);
const EXTENSION = 'jupyterlab-isolation-info';

/**
 * Answer the report from inside the page when the bench says so
 * (`window.__isolationBench.body`), so the time measured is the panel's, not
 * the network's. Installed before the application captures `fetch`.
 */
async function answerReportsInPage(
  page: IJupyterLabPageFixture
): Promise<void> {
  await page.addInitScript(() => {
    const original = window.fetch;
    window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
      const bench = (window as any).__isolationBench;
      const url =
        typeof input === 'string'
          ? input
          : input instanceof URL
            ? input.href
            : input.url;
      if (bench?.body && url.includes('/isolation-info/report')) {
        return Promise.resolve(
          new Response(bench.body, {
            status: 200,
            headers: { 'Content-Type': 'application/json' }
          })
        );
      }
      return original.call(window, input, init);
    };
  });
}

/**
 * The panel open, on a page whose report requests the bench can answer.
 */
async function openPanelAnsweringInPage(
  page: IJupyterLabPageFixture
): Promise<void> {
  await answerReportsInPage(page);
  await page.reload();
  await page.evaluate(async () => {
    await (window as any).jupyterapp.commands.execute('isolation-info:show');
  });
  await expect(page.locator('.jp-IsolationInfo-verdict')).not.toBeEmpty();
}

test('refresh to paint with 200 metadata fields', async ({ page }) => {
  test.setTimeout(120000);
  await openPanelAnsweringInPage(page);

  const samples = await page.evaluate(async runs => {
    const app = (window as any).jupyterapp;
    const base = await (await window.fetch('/isolation-info/report')).json();
    const fields: Record<string, string> = {};
    for (let i = 0; i < 200; i++) {
      fields[`Field${String(i).padStart(3, '0')}`] =
        `arn:aws:sagemaker:us-east-1:111122223333:app/d-abc/value-${i}`;
    }
    const bodyFor = (changed: number | null) =>
      JSON.stringify({
        ...base,
        metadata: {
          ...(base.metadata ?? {}),
          found: true,
          read_only: true,
          error: null,
          fields:
            changed === null ? fields : { ...fields, Field000: `v${changed}` }
        }
      });
    const bench = ((window as any).__isolationBench = { body: '' });
    // After paint: a task queued from the animation frame runs once the frame
    // is drawn.
    const painted = () =>
      new Promise<void>(resolve =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        })
      );
    const panel = document.getElementById('jp-isolation-info')!;
    // Three marks: the panel updated (script), styles and layout done (read
    // back at once), and the next frame drawn (which waits for the display's
    // next frame, up to 16.7 ms, whatever the work).
    const measure = async (body: string) => {
      bench.body = body;
      const start = performance.now();
      await app.commands.execute('isolation-info:refresh');
      const script = performance.now() - start;
      void panel.getBoundingClientRect().height;
      void panel.offsetHeight;
      const layout = performance.now() - start;
      await painted();
      return { script, layout, paint: performance.now() - start };
    };
    // Warm up: the 200 rows drawn once.
    await measure(bodyFor(null));
    await measure(bodyFor(null));
    type Sample = { script: number; layout: number; paint: number };
    const same: Sample[] = [];
    const changed: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      changed.push(await measure(bodyFor(i)));
      // The same report again: only the "updated" time may change.
      same.push(await measure(bodyFor(i)));
    }
    bench.body = '';
    return { same, changed };
  }, REFRESHES);
  record('refresh_ms', samples);
  expect(samples.changed).toHaveLength(REFRESHES);
});

test('first render of a report with 50,000 metadata fields', async ({
  page
}) => {
  test.setTimeout(120000);
  await openPanelAnsweringInPage(page);
  const samples = await page.evaluate(async () => {
    const app = (window as any).jupyterapp;
    const base = await (await window.fetch('/isolation-info/report')).json();
    const small = JSON.stringify(base);
    // As the collector reports a 50,000-key file (about 1 MB): parse, check
    // against the schema, draw the first fields, keep the rest for "show all".
    const huge = (run: number) => {
      const fields: Record<string, string> = {};
      for (let i = 0; i < 50000; i++) {
        fields[`k${String(i).padStart(5, '0')}`] = `val${run}-${i}`;
      }
      return JSON.stringify({
        ...base,
        metadata: { ...base.metadata, found: true, error: null, fields }
      });
    };
    const bench = ((window as any).__isolationBench = { body: small });
    const panel = document.getElementById('jp-isolation-info')!;
    const times: number[] = [];
    for (let run = 0; run < 6; run++) {
      bench.body = small;
      await app.commands.execute('isolation-info:refresh');
      const body = huge(run);
      bench.body = body;
      const start = performance.now();
      await app.commands.execute('isolation-info:refresh');
      void panel.getBoundingClientRect().height;
      times.push(performance.now() - start);
    }
    bench.body = '';
    return times.slice(1); // the first warms the code paths
  });
  record('huge_render_ms', samples);
  expect(samples).toHaveLength(5);
});

test('start-up to the launcher with and without the extension', async ({
  browser,
  baseURL
}) => {
  test.setTimeout(LOADS * 2 * 60000);
  const load = async (withExtension: boolean) => {
    const context = await browser.newContext();
    await context.route(/\/lab(\?.*)?$/, async route => {
      const response = await route.fetch();
      let html = await response.text();
      if (!withExtension) {
        html = html.replace(
          /(<script id="jupyter-config-data" type="application\/json">)([\s\S]*?)(<\/script>)/,
          (_, open, json, close) => {
            const config = JSON.parse(json);
            config.federated_extensions = (
              config.federated_extensions ?? []
            ).filter((e: { name: string }) => e.name !== EXTENSION);
            return open + JSON.stringify(config) + close;
          }
        );
      }
      await route.fulfill({ response, body: html });
    });
    await context.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('.jp-LauncherCard')) {
          (window as any).__launcherAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const fetched = new Set<string>();
    page.on('request', request => {
      const match = new RegExp(
        `/lab/extensions/${EXTENSION}/static/([^/?]+)`
      ).exec(request.url());
      if (match) {
        fetched.add(match[1]);
      }
    });
    await page.goto(`${baseURL}/lab`);
    await page.waitForFunction(() => (window as any).__launcherAt, null, {
      timeout: 60000
    });
    const at = await page.evaluate(() => (window as any).__launcherAt);
    if (withExtension) {
      // Started: the status bar item has drawn its report.
      await page
        .locator('.jp-IsolationInfo-statusItem')
        .filter({ hasText: /\S/ })
        .waitFor({ timeout: 60000 });
    }
    const loaded = await page.evaluate(
      name =>
        !!document.querySelector('#jp-isolation-info') ||
        ((window as any).jupyterapp?.hasPlugin?.(`${name}:plugin`) ?? false),
      EXTENSION
    );
    await context.close();
    return { at, loaded, fetched: [...fetched].sort() };
  };
  const withExtension: number[] = [];
  const without: number[] = [];
  let startupFiles: string[] = [];
  // One discarded pair warms the server; then alternate, so drift hits both.
  await load(true);
  await load(false);
  for (let i = 0; i < LOADS; i++) {
    const a = await load(true);
    const b = await load(false);
    expect(a.loaded).toBe(true);
    expect(b.loaded).toBe(false);
    withExtension.push(a.at);
    without.push(b.at);
    startupFiles = a.fetched;
  }
  record('startup_ms', { with: withExtension, without });
  record('startup_files', startupFiles);
});
