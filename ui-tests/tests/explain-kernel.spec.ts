import { expect, test } from '@jupyterlab/galata';

test.describe('Explain in kernel', () => {
  test("should show a real ipykernel's answer beside the server's", async ({
    page,
    tmpPath
  }) => {
    await page.notebook.createNew('explain-kernel.ipynb');
    await expect(
      page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')
    ).toHaveCount(1, { timeout: 60000 });

    // The palette command, given the path (the notebook itself, in the
    // test's folder).
    const notebook = `${tmpPath}/explain-kernel.ipynb`;
    await page.evaluate(
      path =>
        (window as any).jupyterapp.commands.execute(
          'isolation-info:explain-path',
          { path }
        ),
      notebook
    );
    const section = page.locator(
      '#jp-isolation-info section[data-section="explain"]'
    );
    await expect(section).toBeVisible();
    await expect(
      section.locator('tr[data-operation="write"] td').first()
    ).toHaveText('yes (measured)');

    await section.getByRole('button', { name: 'Explain in kernel' }).click();
    const server = section.locator('[data-side="server"]');
    const kernel = section.locator('[data-side="kernel"]');
    await expect(server).toContainText(`Explained ${notebook}`);
    // The kernel starts in the notebook's folder: it is given the same file.
    await expect(kernel).toContainText(
      'Explained explain-kernel.ipynb from the kernel’s working directory.'
    );
    const uid = String(process.getuid!());
    await expect(kernel).toContainText(`As uid ${uid} `, { timeout: 30000 });
    await expect(
      kernel.locator('tr[data-operation="write"] td').first()
    ).toHaveText('yes (measured)');
    // Silent: the notebook shows no output.
    await expect(page.locator('.jp-OutputArea-output')).toHaveCount(0);
  });
});
