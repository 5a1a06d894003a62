import * as fs from 'fs';
import * as path from 'path';

import { expect, galata, test } from '@jupyterlab/galata';
import type { Page } from '@playwright/test';

import { dialogsDismissed } from '../helpers/dialogs';
import { setPanelWidth } from '../helpers/panel';

// sysfs lets no one create a file, root included: EACCES where /sys is
// mounted read-write, EROFS where it is read-only (Docker's default). Either
// is a wall with a path, in a real kernel, on every Linux machine.
const WALL = '/sys/kernel/isolation-info-test';
const MARKUP = '/sys/kernel/<img src=x onerror=alert(1)>';

/** Captured outputs of a real kernel behind real walls (the jest fixture). */
const FIXTURE: { id: string; code: string; outputs: unknown[] }[] = JSON.parse(
  fs.readFileSync(
    path.join(
      __dirname,
      '..',
      '..',
      'src',
      '__tests__',
      'fixtures',
      'errors',
      'notebook-outputs.json'
    ),
    'utf-8'
  )
);

/**
 * What the page asks from now on that the action could have asked: a
 * request to the extension's routes (the report's own refresh aside, which
 * runs on its timer) and an execute request to a kernel.
 */
function recordAsks(page: Page): { asked: string[] } {
  const record = { asked: [] as string[] };
  page.on('request', request => {
    const url = new URL(request.url());
    if (
      url.pathname.includes('/isolation-info/') &&
      !url.pathname.endsWith('/isolation-info/report')
    ) {
      record.asked.push(url.pathname);
    }
  });
  page.on('websocket', socket =>
    socket.on('framesent', frame => {
      const text =
        typeof frame.payload === 'string'
          ? frame.payload
          : frame.payload.toString('latin1');
      if (text.includes('"execute_request"')) {
        record.asked.push('execute_request');
      }
    })
  );
  return record;
}

test.describe('Explain this error', () => {
  test('should explain the path of a wall in the kernel, and offer nothing for an ordinary error', async ({
    page
  }) => {
    const dialogs = dialogsDismissed(page);
    await page.notebook.createNew('explain-error.ipynb');
    await expect(
      page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')
    ).toHaveCount(1, { timeout: 60000 });
    await page.notebook.setCell(
      0,
      'code',
      `open(${JSON.stringify(WALL)}, 'w')`
    );
    await page.notebook.addCell('code', '1/0');
    await page.notebook.addCell('code', `open(${JSON.stringify(MARKUP)}, 'w')`);
    await page.notebook.runCellByCell();

    const cells = page.locator('.jp-Notebook .jp-Cell');
    for (const index of [0, 1, 2]) {
      await expect(
        cells.nth(index).locator('.jp-OutputArea-output')
      ).toContainText(index === 1 ? 'ZeroDivisionError' : 'Errno');
    }
    const explain = { name: /^Explain/ };
    // An ordinary error: no button.
    await expect(cells.nth(1).getByRole('button', explain)).toHaveCount(0);

    // Nothing was asked of anyone yet: the explain section does not exist.
    const section = page.locator(
      '#jp-isolation-info section[data-section="explain"]'
    );
    await expect(section).toHaveCount(0);

    await cells.nth(0).getByRole('button', explain).click();
    await expect(section).toBeVisible();
    const kernel = section.locator('[data-side="kernel"]');
    await expect(kernel).toContainText(
      `Explained ${WALL} from the kernel’s working directory.`
    );
    // The kernel's own answer, for its own user.
    const uid = String(process.getuid!());
    await expect(kernel).toContainText(`As uid ${uid} `, { timeout: 30000 });
    // No server side: the path was the kernel's.
    await expect(section.locator('[data-side="server"]')).toHaveCount(0);
    // The answer has the focus (its section's heading).
    await expect(section.locator(':focus')).toHaveCount(1);

    // A path with markup in it stays text, in the cell and in the panel.
    await cells.nth(2).getByRole('button', explain).click();
    await expect(kernel).toContainText(
      `Explained ${MARKUP} from the kernel’s working directory.`
    );
    await expect(kernel).toContainText(`As uid ${uid} `, { timeout: 30000 });
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    // Silent: each cell still shows its one error, nothing more.
    await expect(page.locator('.jp-OutputArea-output')).toHaveCount(3);
  });

  test('should open the limits for a wall without a path', async ({ page }) => {
    await page.notebook.createNew('explain-memory.ipynb');
    await expect(
      page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')
    ).toHaveCount(1, { timeout: 60000 });
    // A real MemoryError: no machine grants 4 EiB.
    await page.notebook.setCell(0, 'code', 'bytearray(2**62)');
    await page.notebook.runCellByCell();
    const cell = page.locator('.jp-Notebook .jp-Cell').first();
    await expect(cell.locator('.jp-OutputArea-output')).toContainText(
      'MemoryError'
    );
    await cell.getByRole('button', { name: /^Explain/ }).click();
    const limits = page.locator(
      '#jp-isolation-info section[data-section="limits"]'
    );
    await expect(limits).toBeVisible({ timeout: 30000 });
    await expect(limits.locator(':focus')).toHaveCount(1);
    // No path, nothing to explain: no explanation was asked for.
    await expect(
      page.locator('#jp-isolation-info section[data-section="explain"]')
    ).toHaveCount(0);
    // Outputs collapsed: the button goes with them.
    await page.evaluate(() =>
      (window as any).jupyterapp.commands.execute('notebook:hide-cell-outputs')
    );
    await expect(cell.getByRole('button', { name: /^Explain/ })).toBeHidden();
  });

  test('should offer it under a console cell too', async ({ page }) => {
    await page.evaluate(() =>
      (window as any).jupyterapp.commands.execute('console:create', {
        kernelPreference: { name: 'python3' }
      })
    );
    const prompt = page.locator(
      '.jp-CodeConsole-promptCell .jp-InputArea-editor'
    );
    await expect(page.getByRole('button', { name: /\| Idle$/ })).toHaveCount(
      1,
      { timeout: 60000 }
    );
    await prompt.click();
    await page.keyboard.insertText(`open(${JSON.stringify(WALL)}, 'w')`);
    await expect(prompt).toContainText('open(');
    await page.keyboard.press('Shift+Enter');
    const cell = page
      .locator('.jp-CodeConsole-content .jp-CodeCell')
      .filter({ hasText: 'Errno' });
    await expect(cell).toHaveCount(1, { timeout: 60000 });
    await cell.getByRole('button', { name: /^Explain/ }).click();
    const kernel = page.locator(
      '#jp-isolation-info section[data-section="explain"] [data-side="kernel"]'
    );
    await expect(kernel).toContainText(`Explained ${WALL}`);
  });

  test('should put one action under each error a wall caused, and ask nothing before the click', async ({
    page
  }) => {
    const record = recordAsks(page);
    await page.notebook.createNew('explain-each.ipynb');
    await expect(
      page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')
    ).toHaveCount(1, { timeout: 60000 });
    // A tool refused in a stream, then Python refused: two errors, one cell.
    await page.notebook.setCell(
      0,
      'code',
      `!touch ${WALL}\nopen(${JSON.stringify(WALL)}, 'w')`
    );
    await page.notebook.addCell('code', '1/0');
    await page.notebook.runCellByCell();
    const cells = page.locator('.jp-Notebook .jp-Cell');
    const rows = cells.nth(0).locator('.jp-OutputArea-child');
    await expect(rows).toHaveCount(2);
    await expect(cells.nth(1).locator('.jp-OutputArea-output')).toContainText(
      'ZeroDivisionError'
    );
    record.asked.length = 0;

    const explain = { name: /^Explain this error: / };
    const fromTool = rows.nth(0).getByRole('button', explain);
    const fromPython = rows.nth(1).getByRole('button', explain);
    await expect(fromTool).toHaveCount(1);
    await expect(fromPython).toHaveCount(1);
    // Names that tell them apart: the tool's, then Python's (no tool).
    await expect(fromTool).toHaveAccessibleName(
      new RegExp(`^Explain this error: .+ \\(touch\\): ${WALL}$`)
    );
    await expect(fromPython).toHaveAccessibleName(
      new RegExp(`^Explain this error: [^(]+: ${WALL}$`)
    );
    await expect(cells.nth(1).getByRole('button', explain)).toHaveCount(0);
    // Recognised and drawn, and nothing asked of the server or a kernel.
    await page.waitForTimeout(1000);
    expect(record.asked).toEqual([]);

    await fromTool.click();
    const kernel = page.locator(
      '#jp-isolation-info section[data-section="explain"] [data-side="kernel"]'
    );
    await expect(kernel).toContainText(`Explained ${WALL}`);
    await expect(kernel).toContainText('As uid ', { timeout: 30000 });
    expect(record.asked).toContain('execute_request');
  });

  test('should offer it under the saved outputs of an untrusted notebook, run nothing until the click and keep hostile paths text', async ({
    page,
    tmpPath
  }) => {
    const dialogs = dialogsDismissed(page);
    // Saved outputs, no signature: JupyterLab opens it untrusted.
    const ids = ['eacces-html', 'eacces-escape', 'bang-cat', 'zero-division'];
    const notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {
        kernelspec: { name: 'python3', display_name: 'Python 3' }
      },
      cells: ids.map(id => {
        const cell = FIXTURE.find(c => c.id === id)!;
        return {
          cell_type: 'code',
          id,
          metadata: {},
          execution_count: 1,
          source: cell.code,
          outputs: cell.outputs.map(o => ({ ...(o as object) }))
        };
      })
    };
    await page.contents.uploadContent(
      JSON.stringify(notebook),
      'text',
      `${tmpPath}/hostile-outputs.ipynb`
    );
    const record = recordAsks(page);
    await page.notebook.open('hostile-outputs.ipynb');
    const cells = page.locator('.jp-Notebook .jp-Cell');
    await expect(cells).toHaveCount(ids.length);
    const explain = { name: /^Explain this error: / };
    await expect(
      cells.nth(0).getByRole('button', explain)
    ).toHaveAccessibleName(
      'Explain this error: Permission denied: /mnt/locked/<img src=x onerror=alert(1)>.txt'
    );
    await expect(
      cells.nth(1).getByRole('button', explain)
    ).toHaveAccessibleName(
      'Explain this error: Permission denied: /mnt/locked/\\x1b[31mred\\x1b[0m.txt'
    );
    await expect(cells.nth(2).getByRole('button', explain)).toHaveCount(1);
    await expect(cells.nth(3).getByRole('button', explain)).toHaveCount(0);
    await page.waitForTimeout(1000);
    // Nothing ran: no kernel execution, no explanation asked.
    expect(record.asked).toEqual([]);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    await expect(
      page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')
    ).toHaveCount(1, { timeout: 60000 });
    await cells.nth(0).getByRole('button', explain).click();
    const kernel = page.locator(
      '#jp-isolation-info section[data-section="explain"] [data-side="kernel"]'
    );
    // The path reached the kernel as data: explained (not found here), as text.
    await expect(kernel).toContainText(
      'Explained /mnt/locked/<img src=x onerror=alert(1)>.txt'
    );
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('should draw the docs picture: the action under a real PermissionError and the kernel answer', async ({
    page
  }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.notebook.createNew('picture.ipynb');
    await expect(
      page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')
    ).toHaveCount(1, { timeout: 60000 });
    // The kernel drops to nobody, silently, as a kernel that runs as another
    // user than the server does (Studio Classic's): a root-owned file then
    // refuses it for real, the same on every Linux machine.
    const dropped = await page.evaluate(async () => {
      const w = window as any;
      const panel = w.jupyterapp.shell.currentWidget;
      const kernel = panel.sessionContext.session.kernel;
      const future = kernel.requestExecute({
        code:
          // IPython's history database stays root's: keep it from
          // writing (and printing its failure under the cell).
          'get_ipython().history_manager.db_cache_size = 10**9\n' +
          // What running a cell and drawing its traceback import late, imported
          // now: nobody cannot read a venv under /root (CI's clone).
          'import IPython.core.logger, IPython.core.ultratb, stack_data\n' +
          'try:\n    open("/nonexistent/picture")\n' +
          'except OSError:\n    get_ipython().showtraceback()\n' +
          'import os as _o\n' +
          'if _o.getuid() == 0:\n' +
          '    _o.setgroups([]); _o.setgid(65534); _o.setuid(65534)\n' +
          'del _o',
        silent: true,
        store_history: false
      });
      const reply = await future.done;
      return reply.content.status;
    });
    expect(dropped).toBe('ok');
    await page.notebook.setCell(
      0,
      'code',
      "with open('/etc/hostname', 'a') as f:\n    f.write('gpu-box')"
    );
    await page.notebook.runCellByCell();
    const cell = page.locator('.jp-Notebook .jp-Cell').first();
    // One output, the traceback: nothing else in the picture.
    await expect(cell.locator('.jp-OutputArea-output')).toHaveCount(1);
    await expect(cell.locator('.jp-OutputArea-output')).toContainText(
      "PermissionError: [Errno 13] Permission denied: '/etc/hostname'"
    );
    const button = cell.getByRole('button', {
      name: 'Explain this error: Permission denied: /etc/hostname'
    });
    await button.click();
    const section = page.locator(
      '#jp-isolation-info section[data-section="explain"]'
    );
    const kernel = section.locator('[data-side="kernel"]');
    await expect(kernel).toContainText('As uid 65534 ', { timeout: 30000 });
    // The kernel's own verdict: writing is refused, measured, for nobody.
    const write = kernel.locator('tr[data-operation="write"]');
    await expect(write.locator('td').nth(0)).toHaveText('no (measured)');
    await expect(write.locator('td').nth(1)).toContainText(
      'neither its owner (uid 0 (root))'
    );
    // The notebook and the answer side by side: no file browser, a wide
    // panel; the time since collection changes from run to run.
    await page.sidebar.close('left');
    await setPanelWidth(page, 700);
    await page
      .locator('#jp-isolation-info .jp-IsolationInfo-updated')
      .evaluate(node => {
        node.textContent = 'collected 5\u00a0s ago';
      });
    await section.scrollIntoViewIfNeeded();
    await button.blur();
    const picture = path.join(
      __dirname,
      '..',
      '..',
      'docs',
      '_static',
      'explain-error.png'
    );
    const drawn = await page.screenshot({ path: picture });
    // PNG header: the width and height the viewport gave it.
    expect([drawn.readUInt32BE(16), drawn.readUInt32BE(20)]).toEqual([
      1400, 900
    ]);
  });
});

test.describe('Explain this error in a windowed notebook', () => {
  // Only the cells in view are in the page ('full'): a cell's output area
  // is detached and attached again as it scrolls out and back.
  test.use({
    mockSettings: {
      ...galata.DEFAULT_SETTINGS,
      '@jupyterlab/notebook-extension:tracker': {
        ...(galata.DEFAULT_SETTINGS[
          '@jupyterlab/notebook-extension:tracker'
        ] as object),
        windowingMode: 'full'
      }
    }
  });

  test('should keep one action under a wall far down, scrolled away and back', async ({
    page,
    tmpPath
  }) => {
    const tall = (i: number) => ({
      cell_type: 'code',
      id: `tall-${i}`,
      metadata: {},
      execution_count: i + 1,
      source: `print('line\\n' * 12)`,
      outputs: [
        { output_type: 'stream', name: 'stdout', text: 'line\n'.repeat(12) }
      ]
    });
    const wall = FIXTURE.find(c => c.id === 'eacces-open')!;
    const cells = [
      ...Array.from({ length: 40 }, (_, i) => tall(i)),
      {
        cell_type: 'code',
        id: 'wall',
        metadata: {},
        execution_count: 41,
        source: wall.code,
        outputs: wall.outputs
      }
    ];
    await page.contents.uploadContent(
      JSON.stringify({
        nbformat: 4,
        nbformat_minor: 5,
        metadata: {
          kernelspec: { name: 'python3', display_name: 'Python 3' }
        },
        cells
      }),
      'text',
      `${tmpPath}/windowed.ipynb`
    );
    await page.notebook.open('windowed.ipynb');
    const explain = page.getByRole('button', {
      name: /^Explain this error: Permission denied: /
    });
    // Scrolled by the notebook itself (its windowed list), as a jump does.
    const scrollTo = (index: number) =>
      page.evaluate(async i => {
        const notebook = (window as any).jupyterapp.shell.currentWidget.content;
        notebook.activeCellIndex = i;
        await notebook.scrollToItem(i, 'center');
      }, index);
    const last = page
      .locator('.jp-Notebook .jp-Cell')
      .filter({ hasText: 'resource-metadata' });
    await scrollTo(40);
    await expect(last.getByRole('button', { name: /^Explain/ })).toHaveCount(1);
    await scrollTo(0);
    await expect(page.locator('.jp-Notebook .jp-Cell').first()).toBeVisible();
    await scrollTo(40);
    // Back in view: the same one button, not a second.
    await expect(explain).toHaveCount(1);
    await expect(explain).toBeVisible();
  });
});
