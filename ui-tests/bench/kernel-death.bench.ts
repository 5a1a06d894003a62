import { expect, test } from '@jupyterlab/galata';
import { execFileSync } from 'child_process';
import * as fs from 'fs';

/**
 * Time from a kernel's death being noticed to our notification visible.
 * The kernel is killed with SIGKILL; the kernel manager's restarter notices
 * (its next poll) and tells the page, whose session status turns
 * `autorestarting` or `dead`: from that status change (performance.now in
 * the page) to the first animation frame after the toast with the server's
 * verdict is in the DOM. The time from the SIGKILL (the test's clock, the
 * same machine's) is kept too: it adds the restarter's polling. Reported by
 * `make bench`, never asserted.
 */
const RUNS = 6;

function kernelPid(kernelId: string): number | null {
  try {
    const out = execFileSync('pgrep', ['-f', `kernel-${kernelId}\\.json`], {
      encoding: 'utf-8'
    });
    return Number(out.trim().split('\n')[0]) || null;
  } catch {
    return null;
  }
}

test('kernel death to notification', async ({ page }) => {
  test.setTimeout(RUNS * 60000 + 60000);
  await page.notebook.createNew('bench-kernel-death.ipynb');
  const idle = page.locator(
    '.jp-Notebook-ExecutionIndicator[data-status="idle"]'
  );
  await expect(idle).toHaveCount(1, { timeout: 60000 });
  const kernelId = await page.evaluate(
    () =>
      (window as any).jupyterapp.shell.currentWidget.sessionContext.session
        .kernel.id as string
  );
  const noticed: number[] = [];
  const fromKill: number[] = [];
  let previous: number | null = null;
  for (let run = 0; run < RUNS; run++) {
    // The restarted kernel: a new process, idle again.
    let pid: number | null = null;
    await expect
      .poll(
        () => {
          pid = kernelPid(kernelId);
          return pid !== null && pid !== previous;
        },
        { timeout: 60000 }
      )
      .toBe(true);
    await expect(idle).toHaveCount(1, { timeout: 60000 });
    previous = pid;
    // Armed in the page before the kill: the status change and the toast.
    await page.evaluate(() => {
      const w = window as any;
      const context = w.jupyterapp.shell.currentWidget.sessionContext;
      // The toasts already there (earlier deaths, fading out) are marked.
      for (const node of document.querySelectorAll('.Toastify__toast')) {
        node.setAttribute('data-bench-seen', '');
      }
      const fresh = () =>
        Array.from(
          document.querySelectorAll('.Toastify__toast:not([data-bench-seen])')
        ).some(node => (node.textContent ?? '').includes('The kernel'));
      w.__deathBench = new Promise((resolve, reject) => {
        let status: number | null = null;
        const onStatus = (_: unknown, value: string) => {
          if (
            status === null &&
            (value === 'autorestarting' || value === 'dead')
          ) {
            status = performance.now();
          }
        };
        context.statusChanged.connect(onStatus);
        const observer = new MutationObserver(() => {
          if (fresh()) {
            observer.disconnect();
            context.statusChanged.disconnect(onStatus);
            requestAnimationFrame(() =>
              resolve({
                status,
                toast: performance.now(),
                wall: Date.now()
              })
            );
          }
        });
        observer.observe(document.body, { subtree: true, childList: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error('no notification within 30 s of the kill'));
        }, 30000);
      });
    });
    const killedAt = Date.now();
    process.kill(pid!, 'SIGKILL');
    const times = (await page.evaluate(() => (window as any).__deathBench)) as {
      status: number | null;
      toast: number;
      wall: number;
    };
    if (times.status === null) {
      throw new Error('the page never saw the kernel dead or restarting');
    }
    noticed.push(times.toast - times.status);
    fromKill.push(times.wall - killedAt);
    // JupyterLab's own dialog, and our toast, out of the way of the next run.
    const dialog = page.locator('.jp-Dialog', {
      hasText: 'appears to have died'
    });
    await expect(dialog).toBeVisible({ timeout: 30000 });
    await dialog.getByRole('button', { name: /ok/i }).click();
    await expect(dialog).toHaveCount(0);
    await page.evaluate(async () => {
      const w = window as any;
      for (const notification of await w.galata.getNotifications()) {
        await w.jupyterapp.commands.execute('apputils:dismiss-notification', {
          id: notification.id
        });
      }
    });
  }
  const out = process.env.ISOLATION_BENCH_OUT;
  if (out) {
    // Other bench specs write to the same file: add to it.
    const previousOut = fs.existsSync(out)
      ? JSON.parse(fs.readFileSync(out, 'utf-8'))
      : {};
    fs.writeFileSync(
      out,
      JSON.stringify({
        ...previousOut,
        kernel_death: { noticed_ms: noticed, from_kill_ms: fromKill }
      })
    );
  } else {
    console.log(
      JSON.stringify({ noticed_ms: noticed, from_kill_ms: fromKill })
    );
  }
});
