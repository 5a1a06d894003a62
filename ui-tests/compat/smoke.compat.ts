import { expect, test } from '@playwright/test';
import * as fs from 'fs';

/**
 * The smoke test `make test-compat` runs in every tested JupyterLab: the
 * palette command opens the panel, the server's report arrives and shows the
 * uid, nothing throws, and no shared module of this extension is reported
 * with an unsatisfied version; and "Explain this error" lands inside each
 * output's own row of the output area, whose layout this extension relies on
 * in every version. Plain Playwright page actions only: they work
 * the same from JupyterLab 4.0 to the newest 4.x.
 */

// "Unsatisfied version 4.5.10 from @jupyterlab/application-top of shared
// singleton module @jupyterlab/application (required ^4.6.0)"
const UNSATISFIED =
  /Unsatisfied version (\S+) from (\S+) of shared singleton module (\S+) \(required (\S+)\)/;

// The ranges this extension's remoteEntry requires of its shared modules.
const shared: Record<string, string> = JSON.parse(
  process.env.COMPAT_SHARED ?? '{}'
);

test('Show Isolation Info opens the panel with the server report', async ({
  page
}) => {
  const pageErrors: string[] = [];
  const unsatisfied: string[] = [];
  page.on('pageerror', error => {
    pageErrors.push(`${error.message}\n${error.stack ?? ''}`);
  });
  page.on('console', message => {
    if (message.text().includes('Unsatisfied version')) {
      unsatisfied.push(message.text());
    }
  });

  // The first report may come before the panel opens (the status bar item
  // asks for it at start-up), so the wait begins before the page loads.
  const report = page.waitForResponse(
    response =>
      /\/isolation-info\/report\b/.test(response.url()) &&
      response.request().method() === 'GET'
  );
  // ?reset: a fresh workspace, so the panel is not restored already open.
  await page.goto('/lab?reset');
  await page.locator('#jupyterlab-splash').waitFor({ state: 'detached' });
  await page.locator('#jp-main-dock-panel').waitFor();
  // Every plugin has started and the layout is restored: the palette's
  // shortcut is bound and the command registered.
  await page.waitForFunction(() => 'jupyterapp' in window);
  await page.evaluate(
    () =>
      (window as unknown as { jupyterapp: { restored: Promise<void> } })
        .jupyterapp.restored
  );
  // As a user would: the palette, the command's name, a click. On a busy
  // machine the modal palette can lose its focus (and close) while the shell
  // settles, so the sequence is retried until the panel shows.
  const palette = page.locator('#modal-command-palette');
  const panel = page.getByRole('region', { name: 'Isolation Info' });
  await expect(panel).toBeHidden();
  await expect(async () => {
    if (await panel.isVisible()) {
      return;
    }
    if (!(await palette.locator('input').isVisible())) {
      await page.keyboard.press('Control+Shift+C');
    }
    await palette
      .locator('input')
      .fill('Show Isolation Info', { timeout: 5000 });
    await palette
      .locator('.lm-CommandPalette-item', { hasText: 'Show Isolation Info' })
      .first()
      .click({ timeout: 5000 });
    await expect(panel).toBeVisible({ timeout: 10 * 1000 });
  }).toPass({ timeout: 90 * 1000 });
  const response = await report;
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.schema_version).toBe(1);
  const uid = String(body.run_as.uid);
  // The panel shows the uid the server runs as, from that report.
  await expect(panel).toContainText(new RegExp(`\\b${uid}\\b`));
  if (body.run_as.user) {
    await expect(panel).toContainText(body.run_as.user);
  }

  const ours = unsatisfied.filter(text => {
    const match = UNSATISFIED.exec(text);
    return match !== null && shared[match[3]] === match[4];
  });
  if (process.env.COMPAT_RESULT) {
    fs.writeFileSync(
      process.env.COMPAT_RESULT,
      JSON.stringify({
        page_errors: pageErrors,
        unsatisfied_all: unsatisfied.length,
        unsatisfied_ours: ours.length,
        unsatisfied_messages: unsatisfied
      })
    );
  }
  expect(pageErrors).toEqual([]);
  expect(ours).toEqual([]);
});

test('Explain this error sits under each saved output a wall caused', async ({
  page
}) => {
  // Saved outputs, no kernel needed: a tool refused in a stream, then
  // Python refused, in one cell; an ordinary error in the next.
  const source = (code: string, outputs: unknown[]) => ({
    cell_type: 'code',
    execution_count: 1,
    metadata: {},
    source: code,
    outputs
  });
  const notebook = {
    nbformat: 4,
    nbformat_minor: 4,
    metadata: {},
    cells: [
      source("!cat /srv/x\nopen('/srv/x')", [
        {
          output_type: 'stream',
          name: 'stdout',
          text: 'cat: /srv/x: Permission denied\n'
        },
        {
          output_type: 'error',
          ename: 'PermissionError',
          evalue: "[Errno 13] Permission denied: '/srv/x'",
          traceback: ["PermissionError: [Errno 13] Permission denied: '/srv/x'"]
        }
      ]),
      source('1/0', [
        {
          output_type: 'error',
          ename: 'ZeroDivisionError',
          evalue: 'division by zero',
          traceback: ['ZeroDivisionError: division by zero']
        }
      ])
    ]
  };
  const saved = await page.request.put('/api/contents/compat-explain.ipynb', {
    data: { type: 'notebook', format: 'json', content: notebook }
  });
  expect(saved.ok()).toBe(true);
  await page.goto('/lab/tree/compat-explain.ipynb?reset');
  const cells = page.locator('.jp-Notebook .jp-Cell');
  await expect(cells).toHaveCount(2, { timeout: 60 * 1000 });
  const rows = cells.nth(0).locator('.jp-OutputArea-child');
  await expect(rows).toHaveCount(2);
  await expect(
    rows.nth(0).getByRole('button', {
      name: 'Explain this error: Permission denied (cat): /srv/x'
    })
  ).toHaveCount(1);
  await expect(
    rows.nth(1).getByRole('button', {
      name: 'Explain this error: Permission denied: /srv/x'
    })
  ).toHaveCount(1);
  await expect(cells.nth(1).getByRole('button')).toHaveCount(0);
});
