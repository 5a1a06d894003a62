/**
 * The walls a notebook hits, hit for real in the Studio-like sandbox by a
 * kernel running as another user than its server, as in Studio Classic: the
 * server is sagemaker-user, the notebook's kernel container root (started
 * through the sandbox's passwordless sudo, by a kernel spec in the home).
 * So the walls are ones root meets too: a 0600 file whose owner no id map
 * covers (shown as nobody; no capability reaches it, so reading it is refused
 * and chown is not permitted), the read-only /opt/ml/metadata, a full 64 KiB
 * tmpfs in the home. A root-owned 0600 file is no wall for this kernel: the
 * pytest integration test test_walls_other_identity.py hits that one, with a
 * kernel as uid 65534 under a server as root.
 *
 * The sandbox is this spec's own (a port of its own): it fills a volume, which
 * the shared sandbox server's other specs must not see.
 */
import { expect, test } from '@jupyterlab/galata';
import { Locator, Page } from '@playwright/test';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { dialogsDismissed } from '../helpers/dialogs';
import { IOwnSandbox, startOwnSandbox } from '../helpers/ownSandbox';
import { seriousViolations } from '../helpers/panel';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sandboxPaths, sandboxUnavailableReason } = require('../sandbox');

const PORT = 8892;
const USER_HOST_ID = 200001; // sagemaker-user under the sandbox's default map
const UNMAPPED_HOST_ID = 4242; // no map covers it: nobody (65534) inside
const HTML = '/opt/ml/metadata/<img src=x onerror=alert(1)>';
const SCRATCH = '/home/sagemaker-user/scratch';
const NOT_YOURS = '/home/sagemaker-user/walls/not-yours.txt';

const CHOWN = "import os\nos.chown('not-yours.txt', 0, 0)";

/** One code cell per wall, in the order the test reads their outputs. */
const WALLS = [
  "open('not-yours.txt').read()",
  "open('/opt/ml/metadata/notes.json', 'w')",
  `with open('${SCRATCH}/big.bin', 'wb') as f:\n    f.write(b'x' * (1 << 20))`,
  CHOWN,
  `!cat ${NOT_YOURS}`,
  '1/0'
];

function notebook(cells: string[]): string {
  return JSON.stringify({
    cells: cells.map(source => ({
      cell_type: 'code',
      execution_count: null,
      metadata: {},
      outputs: [],
      source
    })),
    metadata: {
      kernelspec: {
        name: 'root',
        display_name: 'Python 3 (root)',
        language: 'python'
      }
    },
    nbformat: 4,
    nbformat_minor: 5
  });
}

/**
 * The home's seed: the kernel spec, the walls folder with the unmapped file
 * and the two notebooks, owned as studio-sandbox's --home-seed keeps them.
 */
function makeSeed(venv: string): string {
  const seed = fs.mkdtempSync(path.join(os.tmpdir(), 'isolation-ui-walls-'));
  const spec = path.join(seed, '.local', 'share', 'jupyter', 'kernels', 'root');
  fs.mkdirSync(spec, { recursive: true });
  // sudo resets the environment: the kernel's is given in full.
  const argv = [
    'sudo',
    '-n',
    'env',
    'HOME=/tmp',
    `PATH=${venv}/bin:/usr/bin:/bin`,
    `${venv}/bin/python`,
    '-m',
    'ipykernel_launcher',
    '-f',
    '{connection_file}'
  ];
  fs.writeFileSync(
    path.join(spec, 'kernel.json'),
    JSON.stringify({
      argv,
      display_name: 'Python 3 (root)',
      language: 'python'
    })
  );
  const walls = path.join(seed, 'walls');
  fs.mkdirSync(walls);
  fs.writeFileSync(path.join(walls, 'walls.ipynb'), notebook(WALLS));
  fs.writeFileSync(
    path.join(walls, 'markup.ipynb'),
    notebook([
      `open(${JSON.stringify(HTML)}, 'w')`,
      `open(${JSON.stringify(HTML + '\x1b[31mred.json')}, 'w')`
    ])
  );
  fs.writeFileSync(path.join(walls, 'chown.ipynb'), notebook([CHOWN]));
  fs.writeFileSync(path.join(walls, 'not-yours.txt'), 'not yours\n');
  const script = `
set -euo pipefail
seed=$1
chmod -R a+rX "$seed"
chown -R ${USER_HOST_ID}:${USER_HOST_ID} "$seed"
chown ${UNMAPPED_HOST_ID}:${UNMAPPED_HOST_ID} "$seed/walls/not-yours.txt"
chmod 600 "$seed/walls/not-yours.txt"
`;
  const done = spawnSync('bash', ['-c', script, 'seed', seed], {
    encoding: 'utf-8'
  });
  if (done.status !== 0) {
    throw new Error(`making the seed failed: ${done.stderr}`);
  }
  return seed;
}

async function openNotebook(page: Page, name: string): Promise<Locator> {
  await page.evaluate(
    path =>
      (window as any).jupyterapp.commands.execute('docmanager:open', { path }),
    `walls/${name}`
  );
  await expect(
    page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')
  ).toHaveCount(1, { timeout: 30000 });
  await page.notebook.runCellByCell();
  return page.locator('.jp-Notebook .jp-Cell');
}

const EXPLAIN = { name: /^Explain/ };

let sandbox: IOwnSandbox | null = null;
let seed = '';

test.use({
  baseURL: `http://127.0.0.1:${PORT}`,
  viewport: { width: 1280, height: 800 }
});

test.describe('Walls hit for real in the sandbox by a kernel as root', () => {
  const reason: string = sandboxUnavailableReason();
  test.skip(reason !== '', `no sandbox: ${reason}`);
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(120000);
    seed = makeSeed(sandboxPaths().venv);
    sandbox = await startOwnSandbox(PORT, [
      '--sudo',
      '--tmpfs',
      `${SCRATCH}:64k`,
      '--home-seed',
      seed
    ]);
  });

  test.afterAll(async () => {
    await sandbox?.stop();
    if (seed) {
      fs.rmSync(seed, { recursive: true, force: true });
    }
  });

  test('should offer Explain under each wall, answered for the kernel’s user', async ({
    page
  }) => {
    const cells = await openNotebook(page, 'walls.ipynb');
    const [unreadable, readOnly, full, chown, cat, zero] = [0, 1, 2, 3, 4, 5];
    await expect(
      cells.nth(zero).locator('.jp-OutputArea-output')
    ).toContainText('ZeroDivisionError');
    await expect(cells.nth(cat).locator('.jp-OutputArea-output')).toContainText(
      `cat: ${NOT_YOURS}: Permission denied`
    );
    for (const index of [unreadable, readOnly, full, chown, cat]) {
      await expect(cells.nth(index).getByRole('button', EXPLAIN)).toHaveCount(
        1
      );
    }
    // An ordinary error: no button.
    await expect(cells.nth(zero).getByRole('button', EXPLAIN)).toHaveCount(0);

    const section = page.locator(
      '#jp-isolation-info section[data-section="explain"]'
    );
    const kernel = section.locator('[data-side="kernel"]');
    const verdict = (operation: string) =>
      kernel.locator(`tr[data-operation="${operation}"] td`);

    // Unreadable: the kernel, root, is refused it all the same.
    await cells.nth(unreadable).getByRole('button', EXPLAIN).click();
    await expect(kernel).toContainText(
      'Explained not-yours.txt from the kernel’s working directory.'
    );
    await expect(kernel).toContainText('As uid 0 ', { timeout: 30000 });
    await expect(verdict('read').nth(0)).toHaveText('no (measured)');
    await expect(verdict('read').nth(1)).toContainText(
      'Your capabilities do not help: its owner is not mapped'
    );
    // Nor may root change its mode or owner (the chown below).
    await expect(verdict('chmod').nth(0)).toHaveText('no (derived)');
    await expect(verdict('chmod').nth(1)).toContainText('root included');
    await expect(section.locator(':focus')).toHaveCount(1);

    // The same file through cat, named from the root: the same verdict.
    await cells.nth(cat).getByRole('button', EXPLAIN).click();
    await expect(kernel).toContainText(`Explained ${NOT_YOURS}`);
    await expect(kernel).toContainText('As uid 0 ', { timeout: 30000 });
    await expect(verdict('read').nth(0)).toHaveText('no (measured)');

    // Read-only: no new file there, root included.
    await cells.nth(readOnly).getByRole('button', EXPLAIN).click();
    await expect(kernel).toContainText('Explained /opt/ml/metadata/notes.json');
    await expect(kernel).toContainText('As uid 0 ', { timeout: 30000 });
    await expect(verdict('create').nth(0)).toHaveText('no (measured)');
    await expect(verdict('create').nth(1)).toContainText(
      'The mount at /opt/ml/metadata is read-only'
    );

    // No space, and no path: the click collects the report again (the one
    // fetched before the write failed showed the volume with room) and opens
    // the volumes at the full one, its row focused and named.
    await cells.nth(full).getByRole('button', EXPLAIN).click();
    const volumes = page.locator(
      '#jp-isolation-info section[data-section="volumes"]'
    );
    await expect(volumes).toBeVisible({ timeout: 30000 });
    await expect(volumes).toContainText(`${SCRATCH} (home-mount)`);
    await expect(volumes).toContainText(
      /used 64\.0 KiB of 64\.0 KiB \(100 %\)/,
      { timeout: 15000 }
    );
    const row = volumes.getByRole('group', {
      name: new RegExp(`^Volume ${SCRATCH}: `)
    });
    await expect(row).toBeFocused({ timeout: 15000 });
    await expect(row).toHaveAttribute('data-volume', SCRATCH);
    await expect(row).toHaveAccessibleDescription(
      /used 64\.0 KiB of 64\.0 KiB \(100 %\)/
    );
    await expect(
      page.locator('#jp-isolation-info .jp-IsolationInfo-notice')
    ).toContainText(`${SCRATCH}: `);

    // The status bar names the full volume; a click opens the panel at it.
    await cells.nth(zero).click();
    await expect(row).not.toBeFocused();
    const status = page.locator('.jp-IsolationInfo-statusItem');
    await expect(status).toContainText(`${SCRATCH} full`);
    await status.click();
    await expect(row).toBeFocused({ timeout: 15000 });
    // The named row, the full volume's figures and its action: axe clean.
    expect(await seriousViolations(page)).toEqual([]);

    // From the row: where its space went, the Space section walking it
    // (inside the file browser's root, the home).
    await volumes
      .getByRole('button', { name: `Where did the space of ${SCRATCH} go?` })
      .click();
    const space = page.locator(
      '#jp-isolation-info section[data-section="space"]'
    );
    await expect(space).toContainText('Folder: scratch', { timeout: 15000 });
    await expect(space.locator('.jp-IsolationInfo-spaceTotal')).toContainText(
      `of ${SCRATCH} (tmpfs)`,
      { timeout: 30000 }
    );
  });

  test('should keep a path with markup and escape codes as text', async ({
    page
  }) => {
    const dialogs = dialogsDismissed(page);
    const cells = await openNotebook(page, 'markup.ipynb');
    const kernel = page.locator(
      '#jp-isolation-info section[data-section="explain"] [data-side="kernel"]'
    );
    // Markup alone: explained in the kernel, shown as text.
    const html = cells.nth(0);
    await expect(html.locator('.jp-OutputArea-output')).toContainText(
      `Read-only file system: '${HTML}'`
    );
    await html.getByRole('button', EXPLAIN).click();
    await expect(kernel).toContainText(`Explained ${HTML}`);
    await expect(kernel).toContainText('As uid 0 ', { timeout: 30000 });
    // An escape code too: Python's message shows it as \x1b, the path holds
    // the real character, which the server does not let a request carry.
    const escaped = cells.nth(1);
    await expect(escaped.locator('.jp-OutputArea-output')).toContainText(
      `${HTML}\\x1b[31mred.json`
    );
    await escaped.getByRole('button', EXPLAIN).click();
    await expect(kernel).toContainText(`Explained ${HTML}\\x1b[31mred.json`);
    await expect(kernel).toContainText('holds a control character');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('should say why chown was refused to the kernel’s user', async ({
    page
  }) => {
    // The path, in the kernel: root holds CAP_CHOWN, and is refused because
    // the file's owner is not mapped (the server, sagemaker-user, holds none:
    // its capabilities would not be the answer).
    const cells = await openNotebook(page, 'chown.ipynb');
    await cells.nth(0).getByRole('button', EXPLAIN).click();
    const kernel = page.locator(
      '#jp-isolation-info section[data-section="explain"] [data-side="kernel"]'
    );
    await expect(kernel).toContainText(
      'Explained not-yours.txt from the kernel’s working directory.'
    );
    await expect(kernel).toContainText('As uid 0 ', { timeout: 30000 });
    const chmod = kernel.locator('tr[data-operation="chmod"] td');
    await expect(chmod.nth(0)).toHaveText('no (derived)');
    await expect(chmod.nth(1)).toContainText(
      'its owner is not mapped into this user namespace'
    );
    await expect(chmod.nth(1)).toContainText(
      'root included, can chmod or chown it'
    );
  });
});
