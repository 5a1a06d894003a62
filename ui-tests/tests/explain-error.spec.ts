import { expect, test } from '@jupyterlab/galata';

// sysfs lets no one create a file, root included: EACCES where /sys is
// mounted read-write, EROFS where it is read-only (Docker's default). Either
// is a wall with a path, in a real kernel, on every Linux machine.
const WALL = '/sys/kernel/isolation-info-test';
const MARKUP = '/sys/kernel/<img src=x onerror=alert(1)>';

test.describe('Explain this error', () => {
  test('should explain the path of a wall in the kernel, and offer nothing for an ordinary error', async ({
    page
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', dialog => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
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
});
