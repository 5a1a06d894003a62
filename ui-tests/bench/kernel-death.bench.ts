import { expect, IJupyterLabPageFixture, test } from '@jupyterlab/galata';

import { kernelPid } from '../helpers/kernel';
import { record } from './record';

/**
 * Kernel death to our notification, reported by `make bench` and never
 * asserted. Each run uses a kernel of its own: a new notebook (its own name)
 * whose kernel is idle and connected; the kernel's process is killed with
 * SIGKILL; the kernel manager's restarter notices at its next poll and tells
 * the page (by the same callbacks that start the server's verdict), whose
 * session status turns `autorestarting` (or `dead`). Timed in the page
 * (performance.now): from that status change to the first animation frame
 * after our toast ("<notebook>: The kernel ...", src/kerneldeath.ts) is in
 * the DOM. Also kept: SIGKILL to that frame (Date.now in the test and in the
 * page, one machine's clock), which adds the restarter's polling. Then any
 * "appears to have died" dialog is dismissed (it is not required), the
 * notebook closed and its session shut down before the next run. A run that
 * sees no notification within 30 s is recorded as a failure.
 */
const RUNS = 5;
const NOTIFICATION_TIMEOUT = 30000;
const SETTLE_TIMEOUT = 30000;
// No run starts after this (the runs not made are recorded as failures), so
// the spec ends, and writes what it has, well within bench/panel_time.py's
// time for all the bench specs.
const BUDGET = 240000;
// The longest a run can take: kernel start, its pid, the notification, the
// dialog, the kernel gone.
const RUN_TIMEOUT = 3 * SETTLE_TIMEOUT + NOTIFICATION_TIMEOUT + 10000;

interface IRunTimes {
  ok: boolean;
  reason?: string;
  status?: string;
  statusAt?: number;
  statusWall?: number;
  toastAt?: number;
  toastWall?: number;
}

/**
 * A notebook of its own, opened with a new python3 kernel; resolves with the
 * kernel's id once it is idle and connected.
 */
async function openNotebook(
  page: IJupyterLabPageFixture,
  path: string
): Promise<string> {
  await page.evaluate(async path => {
    const w = window as any;
    const app = w.jupyterapp;
    await app.serviceManager.contents.save(path, {
      type: 'notebook',
      format: 'json',
      content: {
        cells: [],
        metadata: {},
        nbformat: 4,
        nbformat_minor: 5
      }
    });
    const widget = await app.commands.execute('docmanager:open', {
      path,
      factory: 'Notebook',
      kernel: { name: 'python3' }
    });
    w.__deathBenchWidget = widget;
    await widget.context.ready;
    await widget.sessionContext.ready;
  }, path);
  let kernelId = '';
  await expect
    .poll(
      async () => {
        kernelId = await page.evaluate(() => {
          const kernel = (window as any).__deathBenchWidget?.sessionContext
            .session?.kernel;
          return kernel &&
            kernel.status === 'idle' &&
            kernel.connectionStatus === 'connected'
            ? (kernel.id as string)
            : '';
        });
        return kernelId;
      },
      { timeout: SETTLE_TIMEOUT }
    )
    .not.toBe('');
  return kernelId;
}

/**
 * Watch, in the page, for the session's status to turn autorestarting or
 * dead, and for our toast about this notebook; resolves (never rejects)
 * through window.__deathBench.
 */
async function arm(page: IJupyterLabPageFixture, name: string): Promise<void> {
  await page.evaluate(
    ({ name, timeout }) => {
      const w = window as any;
      const context = w.__deathBenchWidget.sessionContext;
      const prefix = `${name}: The kernel`;
      // Toasts already there (earlier runs) do not count.
      for (const node of document.querySelectorAll('.Toastify__toast')) {
        node.setAttribute('data-bench-seen', '');
      }
      const ours = () =>
        Array.from(
          document.querySelectorAll('.Toastify__toast:not([data-bench-seen])')
        ).some(node => (node.textContent ?? '').includes(prefix));
      w.__deathBench = new Promise(resolve => {
        const times: Record<string, unknown> = { ok: false };
        const onStatus = (_: unknown, value: string) => {
          if (
            times.statusAt === undefined &&
            (value === 'autorestarting' || value === 'dead')
          ) {
            times.statusAt = performance.now();
            times.statusWall = Date.now();
            times.status = value;
          }
        };
        let timer = 0;
        const observer = new MutationObserver(() => {
          if (ours()) {
            const toastAt = performance.now();
            finish();
            requestAnimationFrame(() =>
              resolve({
                ...times,
                ok: times.statusAt !== undefined,
                reason:
                  times.statusAt === undefined
                    ? 'our notification came, but the page never saw the status turn autorestarting or dead'
                    : undefined,
                toastInDomAt: toastAt,
                toastAt: performance.now(),
                toastWall: Date.now()
              })
            );
          }
        });
        const finish = () => {
          observer.disconnect();
          context.statusChanged.disconnect(onStatus);
          clearTimeout(timer);
        };
        context.statusChanged.connect(onStatus);
        observer.observe(document.body, { subtree: true, childList: true });
        timer = window.setTimeout(() => {
          finish();
          resolve({
            ...times,
            ok: false,
            reason:
              `no notification within ${timeout / 1000} s of the kill` +
              (times.statusAt === undefined
                ? ' (the status never turned autorestarting or dead)'
                : ` (status ${times.status} seen)`)
          });
        }, timeout);
      });
    },
    { name, timeout: NOTIFICATION_TIMEOUT }
  );
}

/**
 * Out of the way of the next run: JupyterLab's dialog if it came, our
 * toasts, the notebook and its session (its kernel gone).
 */
async function cleanUp(
  page: IJupyterLabPageFixture,
  kernelId: string | null
): Promise<void> {
  const dialogs = page.locator('.jp-Dialog');
  try {
    await dialogs.first().waitFor({ timeout: 2000 });
  } catch {
    // No dialog: JupyterLab does not always show one.
  }
  for (let i = 0; i < 5 && (await dialogs.count()) > 0; i++) {
    const accept = dialogs.first().locator('button.jp-mod-accept');
    if (await accept.count()) {
      await accept.first().click({ timeout: 5000 });
    } else {
      await page.keyboard.press('Escape');
    }
    await page.waitForTimeout(200);
  }
  await page.evaluate(async () => {
    const w = window as any;
    const app = w.jupyterapp;
    for (const notification of await w.galata.getNotifications()) {
      await app.commands.execute('apputils:dismiss-notification', {
        id: notification.id
      });
    }
    const widget = w.__deathBenchWidget;
    w.__deathBenchWidget = null;
    if (!widget || widget.isDisposed) {
      return;
    }
    const sessionId = widget.sessionContext.session?.id;
    widget.context.model.dirty = false;
    widget.close();
    if (sessionId) {
      try {
        await app.serviceManager.sessions.shutdown(sessionId);
      } catch (error) {
        console.warn('bench: session shutdown', error);
      }
    }
  });
  if (kernelId) {
    await expect
      .poll(() => kernelPid(kernelId), { timeout: SETTLE_TIMEOUT })
      .toBeNull();
  }
}

test('kernel death to our notification', async ({ page, tmpPath }) => {
  test.setTimeout(BUDGET + RUN_TIMEOUT + 30000);
  const started = Date.now();
  const noticed: number[] = [];
  const fromKill: number[] = [];
  const killToStatus: number[] = [];
  const failures: string[] = [];
  for (let run = 0; run < RUNS; run++) {
    if (Date.now() - started > BUDGET) {
      failures.push(
        `runs ${run + 1} to ${RUNS}: not started, the bench's ${BUDGET / 1000} s were spent`
      );
      break;
    }
    const name = `kernel-death-bench-${run + 1}.ipynb`;
    let kernelId: string | null = null;
    try {
      kernelId = await openNotebook(page, `${tmpPath}/${name}`);
      let pid: number | null = null;
      await expect
        .poll(() => (pid = kernelPid(kernelId!)), { timeout: SETTLE_TIMEOUT })
        .not.toBeNull();
      await arm(page, name);
      const killedAt = Date.now();
      process.kill(pid!, 'SIGKILL');
      const times = (await page.evaluate(
        () => (window as any).__deathBench
      )) as IRunTimes;
      if (times.ok) {
        noticed.push(times.toastAt! - times.statusAt!);
        fromKill.push(times.toastWall! - killedAt);
        killToStatus.push(times.statusWall! - killedAt);
      } else {
        failures.push(`run ${run + 1}: ${times.reason}`);
      }
    } catch (error) {
      failures.push(`run ${run + 1}: ${String(error).split('\n')[0]}`);
    }
    try {
      await cleanUp(page, kernelId);
    } catch (error) {
      failures.push(
        `run ${run + 1}, clean-up: ${String(error).split('\n')[0]}`
      );
    }
  }
  record('kernel_death', {
    runs: RUNS,
    noticed_ms: noticed,
    from_kill_ms: fromKill,
    kill_to_status_ms: killToStatus,
    failures
  });
});
