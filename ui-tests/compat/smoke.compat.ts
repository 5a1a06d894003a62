import { expect, test } from '@playwright/test';
import * as fs from 'fs';

/**
 * The smoke test `make test-compat` runs in every tested JupyterLab: the
 * palette command opens the panel, the server's report arrives and shows the
 * uid, nothing throws, and no shared module of this extension is reported
 * with an unsatisfied version. Plain Playwright page actions only: they work
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

  await page.goto('/lab');
  await page.locator('#jupyterlab-splash').waitFor({ state: 'detached' });
  await page.locator('#jp-main-dock-panel').waitFor();

  const report = page.waitForResponse(
    response =>
      /\/isolation-info\/report\b/.test(response.url()) &&
      response.request().method() === 'GET'
  );
  // The shortcut is bound once every plugin has started, which can come after
  // the splash screen goes (many extensions, a busy machine): press it again
  // until the palette shows.
  const palette = page.locator('#modal-command-palette');
  await expect(async () => {
    if (!(await palette.locator('input').isVisible())) {
      await page.keyboard.press('Control+Shift+C');
    }
    await expect(palette.locator('input')).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 60 * 1000 });
  await palette.locator('input').fill('Show Isolation Info');
  await palette
    .locator('.lm-CommandPalette-item', { hasText: 'Show Isolation Info' })
    .first()
    .click();

  const panel = page.getByRole('region', { name: 'Isolation Info' });
  await expect(panel).toBeVisible();
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
