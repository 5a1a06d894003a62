import { nullTranslator } from '@jupyterlab/translation';
import { CommandRegistry } from '@lumino/commands';
import { Widget } from '@lumino/widgets';
import * as React from 'react';

import { addShowCommand, CommandIDs } from '../commands';
import { IsolationInfoModel } from '../model';
import { volumeOfPath, volumeWalk, wallVolume } from '../space/volumes';
import { IReport } from '../types';
import { IsolationInfoPanel } from '../views/panel';
import { PanelModel } from '../views/panelmodel';
import { Volumes } from '../views/sections/volumes';
import { IsolationStatus } from '../views/status';
import { wallAction } from '../walls/action';
import { IWallHit, recogniseOutputs } from '../walls/recognise';
import { IShowArgs, showWallVolume } from '../walls/volume';
import { goldenReport } from './golden';
import {
  click,
  disposed,
  recordingScrolls,
  rendered,
  renderView,
  reportCommands
} from './render';
import { fakeServer, json } from './server';

const trans = nullTranslator.load('jupyterlab_isolation_info');
const HOME = '/home/sagemaker-user';
const EFS = '/home/sagemaker-user/user-default-efs';

/**
 * The captured Studio report with the volume at `point` judged full (its
 * finding and tones, as judge_volumes gives them), or none judged at all.
 */
function reportWithFull(point: string | null): IReport {
  const report = goldenReport('studio-efs-access-point');
  if (point === null) {
    return report;
  }
  const volume = report.volumes!.find(v => v.mount_point === point)!;
  Object.assign(volume, {
    size_bytes: 65536,
    used_bytes: 65536,
    available_bytes: 0,
    error: null
  });
  report.findings.push({
    id: 'volume-full',
    severity: 'critical',
    title: `${point} is full`,
    detail: 'No space left.'
  });
  Object.assign(report.tones!, {
    [`volumes[${point}]`]: {
      tone: 'critical',
      text: 'no space left',
      reason: null
    },
    [`volumes[${point}].used_bytes`]: {
      tone: 'critical',
      text: '64.0 KiB of 64.0 KiB (100 %)',
      reason: null
    }
  });
  return report;
}

/** The wall of an error output, as the cell's outputs give it. */
function hitOf(evalue: string): IWallHit {
  const { hits } = recogniseOutputs(
    [{ output_type: 'error', ename: 'OSError', evalue, traceback: [] }],
    1
  );
  expect(hits).toHaveLength(1);
  return hits[0];
}

const NO_SPACE = '[Errno 28] No space left on device';

describe('the volume of a no-space wall', () => {
  describe('volumeOfPath', () => {
    const report = goldenReport('studio-efs-access-point');
    it.each([
      [`${EFS}/data/x.bin`, EFS],
      [EFS, EFS],
      [`${HOME}/x.bin`, HOME],
      // A name that only begins like the mount is not on it.
      [`${EFS}-other/x.bin`, HOME],
      ['/tmp/x', '/'],
      ['/dev/shm/x', '/dev'],
      // Relative: the kernel's working directory is not known here.
      ['x.bin', null],
      ['', null]
    ])('should put %j on %j', (path, expected) => {
      expect(volumeOfPath(report, path)).toBe(expected);
    });
  });

  describe('wallVolume', () => {
    it('should take the volume of the path the error named', () => {
      const target = wallVolume(reportWithFull(EFS), [`${EFS}/big.bin`]);
      expect(target).toMatchObject({ mountPoint: EFS, from: 'path' });
      expect(target.full?.state).toBe('full');
      expect(target.others).toBe(0);
    });

    it('should say the volume of the path is not full now, never another', () => {
      const target = wallVolume(reportWithFull(null), [`${EFS}/big.bin`]);
      expect(target).toEqual({
        mountPoint: EFS,
        from: 'path',
        full: null,
        others: 0
      });
    });

    it('should take the volume the judge calls full when no path is named', () => {
      const target = wallVolume(reportWithFull(EFS), []);
      expect(target).toMatchObject({ mountPoint: EFS, from: 'judged' });
    });

    it('should name none when none is full', () => {
      expect(wallVolume(reportWithFull(null), ['x.bin'])).toEqual({
        mountPoint: null,
        from: 'none',
        full: null,
        others: 0
      });
    });
  });

  describe('volumeWalk', () => {
    it.each([
      [EFS, HOME, { path: 'user-default-efs' }],
      [EFS, `${HOME}/`, { path: 'user-default-efs' }],
      [HOME, HOME, { path: '' }],
      ['/data', '/', { path: 'data' }],
      ['/dev', HOME, { reason: 'outside' }],
      [`${HOME}2`, HOME, { reason: 'outside' }],
      [EFS, '', { reason: 'no-root' }],
      [EFS, '~', { reason: 'no-root' }]
    ])('should walk %j from the root %j as %j', (point, root, expected) => {
      expect(volumeWalk(point, root)).toEqual(expected);
    });
  });
});

describe('showWallVolume', () => {
  /**
   * A model whose first report is `before`, every later one `after`; the
   * URLs asked for are in `urls`.
   */
  async function modelOf(before: IReport, after: IReport) {
    let served = 0;
    const server = fakeServer(() => json(served++ === 0 ? before : after));
    const model = new IsolationInfoModel(server.settings);
    await model.refresh();
    return { model, urls: server.urls };
  }

  async function run(model: IsolationInfoModel, hit: IWallHit) {
    const shown: IShowArgs[] = [];
    const notices: string[] = [];
    model.noticeChanged.connect((_, notice) => notices.push(notice));
    const action = wallAction(hit);
    expect(action).toMatchObject({ kind: 'section', section: 'volumes' });
    await showWallVolume({
      model,
      trans,
      hit,
      section: 'volumes',
      show: async args => {
        shown.push(args);
        // What the panel shows when opened: the report as it stands.
        notices.push(`shown with ${model.state.status}`);
      }
    });
    return { shown, notices };
  }

  it('should refresh the report, saying so, and focus the full volume it shows now', async () => {
    // Fetched before the write failed: nothing full; collected again: full.
    const { model, urls } = await modelOf(reportWithFull(null), {
      ...reportWithFull(EFS)
    });
    const { shown, notices } = await run(model, hitOf(NO_SPACE));
    expect(urls).toHaveLength(2);
    // The click collects a fresh report (the server's short cache skipped).
    expect(urls[1]).toContain('report?refresh=1');
    expect(notices[0]).toBe(
      'Refreshing the report to show the volumes as they are now…'
    );
    expect(shown).toEqual([
      { section: 'volumes', focus: false },
      { section: 'volumes', focus: true, volume: EFS }
    ]);
    expect(model.notice).toBe(`${EFS}: no space left`);
  });

  it('should focus the volume of the path the error named', async () => {
    const { model } = await modelOf(reportWithFull(null), reportWithFull(EFS));
    const { shown } = await run(
      model,
      hitOf(`${NO_SPACE}: '${HOME}/notes.txt'`)
    );
    // The home is not full now: its row, and the notice says so.
    expect(shown[1]).toEqual({ section: 'volumes', focus: true, volume: HOME });
    expect(model.notice).toBe(
      `${HOME} is not full now; its space may have been freed since the error. 1 other volume is full or nearly full.`
    );
  });

  it('should say that no volume is full now, and guess none', async () => {
    const { model } = await modelOf(reportWithFull(EFS), reportWithFull(null));
    const { shown } = await run(model, hitOf(NO_SPACE));
    expect(shown[1]).toEqual({ section: 'volumes', focus: true });
    expect(model.notice).toBe(
      'No volume is full now; it may have been freed, or the write was to a volume this report does not list.'
    );
  });

  it('should say the refresh failed, and open the section', async () => {
    let served = 0;
    const server = fakeServer(() =>
      served++ === 0
        ? json(reportWithFull(null))
        : json({ message: 'down' }, 500)
    );
    const model = new IsolationInfoModel(server.settings);
    await model.refresh();
    const { shown } = await run(model, hitOf(NO_SPACE));
    expect(shown[1]).toEqual({ section: 'volumes', focus: true });
    expect(model.notice).toMatch(/^Could not refresh the report: /);
  });
});

describe('the volumes section at a volume', () => {
  let panel: IsolationInfoPanel | null = null;

  afterEach(async () => {
    if (panel) {
      await disposed(panel);
      panel = null;
    }
  });

  /** A panel attached, its model refreshed with `report`; disposed after. */
  async function showing(report: IReport): Promise<IsolationInfoPanel> {
    const model = new IsolationInfoModel(
      fakeServer(() => json(report)).settings
    );
    await model.refresh();
    panel = new IsolationInfoPanel({
      model,
      translator: nullTranslator,
      commands: reportCommands(model)
    });
    Widget.attach(panel, document.body);
    return panel;
  }

  it('should scroll to the volume asked for and focus its row, named', async () => {
    const shown = await showing(reportWithFull(EFS));
    await recordingScrolls(async scrolled => {
      shown.revealSection('volumes', { volume: EFS });
      await rendered(shown);
      await rendered(shown);
      const row = shown.node.querySelector(
        'section[data-section="volumes"] dt [data-volume]:focus'
      ) as HTMLElement;
      expect(row).not.toBeNull();
      expect(row.dataset.volume).toBe(EFS);
      expect(row.tabIndex).toBe(-1);
      // Named with the judge's words, described by its figures.
      expect(row.getAttribute('role')).toBe('group');
      expect(row.getAttribute('aria-label')).toBe(
        `Volume ${EFS}: no space left`
      );
      expect(row.textContent).toBe(`${EFS} (home-mount)`);
      const value = document.getElementById(
        row.getAttribute('aria-describedby')!
      )!;
      expect(value.tagName).toBe('DD');
      expect(value.textContent).toContain('used 64.0 KiB of 64.0 KiB (100 %)');
      expect(scrolled).toEqual([row]);
    });
  });

  it('should focus the heading when the volume is not drawn', async () => {
    const shown = await showing(reportWithFull(null));
    shown.revealSection('volumes', { volume: '/nowhere' });
    await rendered(shown);
    await rendered(shown);
    expect(document.activeElement?.className).toBe(
      'jp-IsolationInfo-sectionToggle'
    );
    expect(document.activeElement?.closest('section')?.dataset.section).toBe(
      'volumes'
    );
  });

  it('should reveal the volume of an explained path at its row', () => {
    // The Explain section's link to a full volume passes its mount point.
    const model = new IsolationInfoModel(
      fakeServer(() => json(reportWithFull(EFS))).settings
    );
    const panelModel = new PanelModel({
      model,
      commands: new CommandRegistry(),
      trans,
      hidden: () => false
    });
    panelModel.props(() => undefined).reveal('volumes', EFS);
    expect(panelModel.reveal).toEqual({
      id: 'volumes',
      focus: true,
      volume: EFS
    });
    panelModel.props(() => undefined).reveal('limits');
    expect(panelModel.reveal).toEqual({ id: 'limits', focus: true });
    panelModel.dispose();
  });

  it('should pass the volume from the show command to the panel', () => {
    const commands = new CommandRegistry();
    const reveal = jest.fn();
    addShowCommand(commands, {
      trans,
      panel: {
        id: 'p',
        isVisible: false,
        title: { icon: null },
        revealSection: reveal
      },
      activate: () => undefined,
      collapse: null
    });
    void commands.execute(CommandIDs.show, {
      section: 'volumes',
      volume: EFS,
      focus: true
    });
    expect(reveal).toHaveBeenCalledWith('volumes', {
      focus: true,
      volume: EFS
    });
  });
});

describe('Where did the space go?', () => {
  it('should walk the full volume’s folder inside the file browser’s root', async () => {
    const walkFolder = jest.fn();
    const node = await renderView(<Volumes report={reportWithFull(EFS)} />, {
      browserRoot: HOME,
      walkFolder
    });
    const buttons = Array.from(node.querySelectorAll('button')).filter(
      button => button.textContent === 'Where did the space go?'
    );
    // Only under the full volume.
    expect(buttons).toHaveLength(1);
    expect(buttons[0].getAttribute('aria-label')).toBe(
      `Where did the space of ${EFS} go?`
    );
    await click(buttons[0]);
    expect(walkFolder).toHaveBeenCalledWith('user-default-efs');
  });

  it('should say why a volume outside the root cannot be walked from here', async () => {
    const walkFolder = jest.fn();
    const node = await renderView(<Volumes report={reportWithFull('/dev')} />, {
      browserRoot: HOME,
      walkFolder
    });
    expect(node.textContent).not.toContain('Where did the space go?');
    expect(node.textContent).toContain(
      `Not walked from here: /dev is outside the file browser’s root (${HOME}), and the walk reaches only folders inside it.`
    );
  });

  it('should offer nothing without the Space section', async () => {
    const node = await renderView(<Volumes report={reportWithFull(EFS)} />);
    expect(node.textContent).not.toContain('Where did the space go?');
    expect(node.textContent).not.toContain('Not walked');
  });
});

describe('the status item at a full volume', () => {
  it.each([
    [EFS, EFS],
    [null, null]
  ])(
    'should give its click the volume it shows (%j)',
    async (full, expected) => {
      const report = reportWithFull(full);
      const model = new IsolationInfoModel(
        fakeServer(() => json(report)).settings
      );
      const onClick = jest.fn();
      const item = new IsolationStatus({ model, trans, onClick });
      await model.refresh();
      item.node.click();
      expect(onClick).toHaveBeenCalledWith(expected);
      item.dispose();
    }
  );
});
