import { expect, test } from '@jupyterlab/galata';

import { runFromPalette } from '../helpers/palette';
import { record } from './record';

/**
 * The Space section drawing a finished walk, reported by `make bench` and
 * never asserted. The walk's answer is the largest the collector's bounds
 * allow (20 folders, 20 files, the 7 caches, 20 held deleted files of 8
 * holders each, 50 unreadable folders, 50 not walked), answered inside the
 * page (no walk on the server). Timed in the page (performance.now): from
 * the response's end (its resource timing) to the first animation frame
 * after the answer shows; that is the schema check, React and layout.
 * The command's own start is reported beside it.
 */
const RUNS = 9;
const HOME = '/home/jovyan';

function sized(prefix: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    path: `${prefix}/folder-${i}`,
    bytes: (count - i) * 2 ** 26,
    at_least: i % 5 === 0
  }));
}

function answer(folder: string) {
  const start = `${HOME}/${folder}`;
  const caches = [
    'pip',
    'conda',
    'huggingface',
    'torch',
    'npm',
    'yarn',
    'trash'
  ];
  return {
    schema_version: 1,
    generated_at: '2026-12-07T14:00:01Z',
    path: folder,
    resolved: start,
    filesystem: { mount_point: HOME, type: 'ext4', device: '259:1' },
    complete: false,
    stopped: null,
    limits: { seconds: 30, entries: 2000000, top: 20 },
    seconds: 1.2,
    total: {
      bytes: 40 * 2 ** 30,
      at_least: true,
      entries: 123456,
      folders: 4567,
      files: 118889
    },
    children: sized(start, 20),
    folders: sized(`${start}/deep`, 20),
    files: sized(`${start}/files`, 20),
    caches: caches.map((id, i) => ({
      id,
      name: id,
      path: `${start}/.cache/${id}`,
      path_reason: null,
      source: 'default',
      found: i % 3 === 2 ? null : true,
      bytes: i % 3 === 2 ? null : (i + 1) * 2 ** 28,
      at_least: false,
      clear: `${id} cache purge`,
      note: i === 6 ? 'JupyterLab moves deleted files here.' : null,
      reason: i % 3 === 2 ? 'Outside the walked folder.' : null
    })),
    checkpoints: {
      folders: 12,
      bytes: 2 ** 24,
      at_least: false,
      note: 'The last saved copy of each notebook.'
    },
    held_deleted: {
      bytes: 20 * 2 ** 30,
      count: 25,
      files: Array.from({ length: 20 }, (_, i) => ({
        path: `${start}/deleted-${i}.bin`,
        path_reason: null,
        bytes: 2 ** 30,
        apparent_bytes: 2 ** 30,
        holders: Array.from({ length: 8 }, (_, h) => ({
          pid: 1000 + i * 10 + h,
          process: 'python',
          fd: 10 + h,
          kernel_id: h === 0 ? `kernel-${i}` : null,
          notebook: h === 0 ? `analysis-${i}.ipynb` : null
        })),
        holders_left_out: 2
      })),
      left_out: 5,
      processes_looked_at: 300,
      processes_unreadable: 3,
      complete: true,
      error: null
    },
    unreadable: Array.from({ length: 50 }, (_, i) => ({
      path: `${start}/locked-${i}`,
      reason: 'Permission denied'
    })),
    unreadable_left_out: 10,
    not_walked: Array.from({ length: 50 }, (_, i) => ({
      path: `${start}/mount-${i}`,
      reason: 'mount',
      filesystem: 'nfs4',
      sentence: 'Another file system (nfs4) is mounted here; not walked.'
    })),
    not_walked_left_out: 10,
    errors: []
  };
}

test('space: a finished walk drawn', async ({ page }) => {
  test.setTimeout(RUNS * 20000 + 60000);
  await page.route('**/isolation-info/space?**', route => {
    const folder = new URL(route.request().url()).searchParams.get('path')!;
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        path: folder,
        state: 'done',
        started: '2026-12-07T14:00:00Z',
        finished: '2026-12-07T14:00:01Z',
        progress: { entries: 123456, bytes: 40 * 2 ** 30, seconds: 1.2 },
        answer: answer(folder)
      })
    });
  });
  await runFromPalette(page, 'Show Disk Space');
  await expect(
    page.locator('#jp-isolation-info section[data-section="space"]')
  ).toBeVisible();
  const draw: number[] = [];
  const command: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const timing = await page.evaluate(async folder => {
      const app = (window as any).jupyterapp;
      const shown = () =>
        document
          .querySelector('#jp-isolation-info .jp-IsolationInfo-spaceTotal')
          ?.textContent?.includes(`/${folder} `) ?? false;
      const start = performance.now();
      const drawn = new Promise<void>((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (shown()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(document.getElementById('jp-isolation-info')!, {
          subtree: true,
          childList: true,
          characterData: true
        });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error('no answer drawn within 10 s'));
        }, 10000);
      });
      void app.commands.execute('isolation-info:show-space', { path: folder });
      await drawn;
      await new Promise(resolve => requestAnimationFrame(resolve));
      const end = performance.now();
      const response = performance
        .getEntriesByType('resource')
        .filter(entry => entry.name.includes(`space?path=${folder}`))
        .pop() as PerformanceResourceTiming | undefined;
      return {
        draw: response ? end - response.responseEnd : null,
        command: end - start
      };
    }, `bench-${run}`);
    if (timing.draw !== null) {
      draw.push(timing.draw);
    }
    command.push(timing.command);
  }
  record('space_draw', { runs: RUNS, draw_ms: draw, command_ms: command });
});
