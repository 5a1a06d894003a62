import * as fs from 'fs';
import * as path from 'path';

import { expect, IJupyterLabPageFixture, test } from '@jupyterlab/galata';

import { panelOf, seriousViolations } from '../helpers/panel';
import { runFromPalette } from '../helpers/palette';

/**
 * The server's root on this machine (Galata's temporary folder), from the
 * page's own configuration: the tests make their trees there directly.
 */
async function serverRoot(page: IJupyterLabPageFixture): Promise<string> {
  return page.evaluate(
    () =>
      JSON.parse(
        document.getElementById('jupyter-config-data')!.textContent ?? '{}'
      ).serverRoot as string
  );
}

function writeFile(file: string, bytes: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Real blocks, not a sparse file: the walk counts what is allocated.
  fs.writeFileSync(file, Buffer.alloc(bytes, 1));
}

/**
 * Walk `folder` (from the file browser's root) in the Space section.
 */
async function walk(page: IJupyterLabPageFixture, folder: string) {
  await page.evaluate(
    folder =>
      (window as any).jupyterapp.commands.execute('isolation-info:show-space', {
        path: folder
      }),
    folder
  );
  return panelOf(page).locator('section[data-section="space"]');
}

test.describe('Show Disk Space', () => {
  test('should open the Space section from the palette, focused, walking nothing', async ({
    page
  }) => {
    let asked = 0;
    page.on('request', request => {
      if (request.url().includes('/isolation-info/space')) {
        asked++;
      }
    });
    await runFromPalette(page, 'Show Disk Space');
    const section = panelOf(page).locator('section[data-section="space"]');
    await expect(section).toBeVisible();
    await expect(
      section.locator('.jp-IsolationInfo-sectionToggle')
    ).toBeFocused();
    await expect(
      section.getByRole('button', { name: 'Walk the home' })
    ).toBeVisible();
    expect(asked).toBe(0);
    // The volumes drawn as meters a screen reader hears (or unknown, with why).
    await runFromPalette(page, 'Show Isolation Info');
    await runFromPalette(page, 'Show Disk Space');
    const volumes = panelOf(page).locator('section[data-section="volumes"]');
    const toggle = volumes.locator('.jp-IsolationInfo-sectionToggle');
    if ((await toggle.getAttribute('aria-expanded')) === 'false') {
      await toggle.click();
    }
    const meters = volumes.getByRole('meter');
    expect(
      (await meters.count()) +
        (await volumes.locator('.jp-IsolationInfo-meterUnknown').count())
    ).toBeGreaterThan(0);
    for (const meter of await meters.all()) {
      const now = Number(await meter.getAttribute('aria-valuenow'));
      expect(now).toBeGreaterThanOrEqual(0);
      expect(now).toBeLessThanOrEqual(100);
      await expect(meter).toHaveAttribute('aria-valuetext', /\d/);
    }
  });

  test('should show where the space of a folder went, and walk a folder inside', async ({
    page,
    tmpPath
  }) => {
    const root = await serverRoot(page);
    const here = path.join(root, tmpPath);
    writeFile(path.join(here, 'models', 'weights.bin'), 3 * 1024 * 1024);
    writeFile(path.join(here, 'models', 'small', 'config.json'), 4096);
    writeFile(path.join(here, 'data', 'train.csv'), 1024 * 1024);
    writeFile(
      path.join(here, 'notes', '.ipynb_checkpoints', 'a-checkpoint.ipynb'),
      64 * 1024
    );
    // A hostile name is drawn as text.
    writeFile(path.join(here, 'x<img src=x onerror=alert(1)>', 'f'), 8192);

    const section = await walk(page, tmpPath);
    await expect(
      section.locator('.jp-IsolationInfo-spaceFolders > li').first()
    ).toContainText('models', { timeout: 30000 });
    const folders = section.locator('.jp-IsolationInfo-spaceFolders > li');
    await expect(folders.nth(0)).toContainText(/models3\.\d MiB/);
    await expect(folders.nth(1)).toContainText(/data1\.\d MiB/);
    await expect(
      section.locator('.jp-IsolationInfo-spaceFolders')
    ).toContainText('x<img src=x onerror=alert(1)>');
    await expect(section.locator('img')).toHaveCount(0);
    await expect(section.locator('.jp-IsolationInfo-spaceTotal')).toContainText(
      'entries'
    );
    // The checkpoints, the cache every notebook folder grows.
    await expect(section).toContainText('.ipynb_checkpoints: ');

    // Drill down: the same answer for the folder clicked.
    await section.getByRole('button', { name: 'models', exact: true }).click();
    await expect(section.locator('.jp-IsolationInfo-spaceWhere')).toHaveText(
      `Folder: ${tmpPath}/models`
    );
    await expect(folders.first()).toContainText('small', { timeout: 30000 });
    await section
      .getByRole('button', { name: `Up to ${tmpPath}`, exact: true })
      .click();
    await expect(folders.first()).toContainText('models', { timeout: 30000 });

    expect(await seriousViolations(page)).toEqual([]);
  });

  test('should cancel the walk of a big tree', async ({ page, tmpPath }) => {
    // Making the tree is most of the time on a busy disk.
    test.setTimeout(240000);
    const root = await serverRoot(page);
    const big = path.join(root, tmpPath, 'big');
    try {
      // Many entries, made quickly: hard links of one empty file per folder
      // (each entry is looked at, its blocks counted once). A walk of
      // about a second.
      for (let d = 0; d < 300; d++) {
        const folder = path.join(big, `d${d}`);
        fs.mkdirSync(folder, { recursive: true });
        const first = path.join(folder, 'f0');
        fs.closeSync(fs.openSync(first, 'w'));
        for (let f = 1; f < 1000; f++) {
          fs.linkSync(first, path.join(folder, `f${f}`));
        }
      }
      const section = panelOf(page).locator('section[data-section="space"]');
      await runFromPalette(page, 'Show Disk Space');
      await expect(section).toBeVisible();
      // Cancel is clicked the moment it is drawn (the walk is fast); if the
      // walk was done first all the same, it is walked again (refresh).
      let cancelled = false;
      for (let attempt = 0; attempt < 4 && !cancelled; attempt++) {
        const clicked = await page.evaluate(
          ({ folder, again }) =>
            new Promise<string>(resolve => {
              const panel = document.getElementById('jp-isolation-info')!;
              const button = (text: string) =>
                Array.from(
                  panel.querySelectorAll<HTMLButtonElement>(
                    'section[data-section="space"] button'
                  )
                ).find(b => b.textContent === text);
              const observer = new MutationObserver(() => {
                const cancel = button('Cancel');
                if (cancel) {
                  observer.disconnect();
                  // The progress is drawn with the Cancel.
                  const progress = panel.querySelector(
                    'section[data-section="space"] [role="progressbar"]'
                  );
                  cancel.click();
                  resolve(progress?.getAttribute('aria-valuetext') ?? '');
                } else if (
                  panel.querySelector('.jp-IsolationInfo-spaceTotal')
                ) {
                  observer.disconnect();
                  resolve('done first');
                }
              });
              observer.observe(panel, {
                childList: true,
                subtree: true,
                characterData: true
              });
              if (again) {
                button('Walk again')!.click();
              } else {
                void (window as any).jupyterapp.commands.execute(
                  'isolation-info:show-space',
                  { path: folder }
                );
              }
            }),
          { folder: `${tmpPath}/big`, again: attempt > 0 }
        );
        if (clicked === 'done first') {
          continue;
        }
        expect(clicked).toMatch(/^[\d,]+ entries, .* so far/);
        cancelled = true;
      }
      expect(cancelled).toBe(true);
      await expect(
        section.locator('.jp-IsolationInfo-spacePartial')
      ).toContainText('A partial answer', { timeout: 30000 });
      await expect(section.getByRole('progressbar')).toHaveCount(0);
      await expect(
        section.locator('.jp-IsolationInfo-spaceTotal')
      ).toContainText('at least');
    } finally {
      // Removed here: the test folder's own clean-up may move it to the Trash.
      fs.rmSync(big, { recursive: true, force: true });
    }
  });
});
