import { nullTranslator } from '@jupyterlab/translation';
import { Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';
import * as React from 'react';

import {
  formatBytes,
  joinPath,
  parentPath,
  usedPercent
} from '../space/format';
import { SpaceWalkModel } from '../space/model';
import { ISpaceAnswer, ISpaceWalkEnvelope } from '../space/types';
import { fullVolumeAt, fullVolumes } from '../space/volumes';
import { ISpaceWalk, SpaceWalkState } from '../tokens';
import { IReport } from '../types';
import { ExplainSection } from '../views/explain';
import { Volumes } from '../views/sections/volumes';
import { SpaceSection } from '../views/space';
import { IsolationStatus } from '../views/status';
import { IsolationInfoModel } from '../model';
import { IsolationInfoPanel } from '../views/panel';
import { goldenReport, sandboxExplanation } from './golden';
import {
  click,
  disposed,
  rendered,
  renderView,
  reportCommands
} from './render';
import { fakeServer, json } from './server';

const HOME = '/home/sagemaker-user';
// A name made to break out of the text it is shown in: markup, a
// right-to-left override and a newline.
const HOSTILE = 'x<img src=x onerror=alert(1)>\u202egpj.exe\nfake';

function answer(patch: Partial<ISpaceAnswer> = {}): ISpaceAnswer {
  return {
    schema_version: 1,
    generated_at: '2026-12-07T14:00:01Z',
    path: null,
    resolved: HOME,
    filesystem: { mount_point: HOME, type: 'ext4', device: '259:1' },
    complete: true,
    stopped: null,
    limits: { seconds: 30, entries: 2000000, top: 20 },
    seconds: 0.4,
    total: {
      bytes: 3 * 2 ** 30,
      at_least: false,
      entries: 12345,
      folders: 100,
      files: 12245
    },
    children: [
      { path: `${HOME}/models`, bytes: 2 * 2 ** 30, at_least: false },
      { path: `${HOME}/data`, bytes: 2 ** 29, at_least: true },
      { path: `${HOME}/${HOSTILE}`, bytes: 4096, at_least: false }
    ],
    folders: [],
    files: [],
    caches: [
      {
        id: 'pip',
        name: 'pip',
        path: `${HOME}/.cache/pip`,
        path_reason: null,
        source: 'default',
        found: true,
        bytes: 300 * 2 ** 20,
        at_least: false,
        clear: 'pip cache purge',
        note: null,
        reason: null
      },
      {
        id: 'conda',
        name: 'conda',
        path: `${HOME}/.conda/pkgs`,
        path_reason: null,
        source: 'default',
        found: false,
        bytes: null,
        at_least: false,
        clear: 'conda clean --all',
        note: null,
        reason: null
      },
      {
        id: 'trash',
        name: 'the Trash',
        path: `${HOME}/.local/share/Trash`,
        path_reason: null,
        source: 'default',
        found: true,
        bytes: 2 ** 20,
        at_least: false,
        clear: `rm -rf ${HOME}/.local/share/Trash/files/* ${HOME}/.local/share/Trash/info/*`,
        note: 'JupyterLab moves deleted files here (delete_to_trash).',
        reason: null
      }
    ],
    checkpoints: null,
    held_deleted: {
      bytes: 5 * 2 ** 30,
      count: 1,
      files: [
        {
          path: `${HOME}/big.bin`,
          path_reason: null,
          bytes: 5 * 2 ** 30,
          apparent_bytes: 5 * 2 ** 30,
          holders: [
            {
              pid: 4242,
              process: 'python',
              fd: 7,
              kernel_id: 'abc',
              notebook: 'analysis.ipynb'
            }
          ],
          holders_left_out: 0
        }
      ],
      left_out: 0,
      processes_looked_at: 12,
      processes_unreadable: 0,
      complete: true,
      error: null
    },
    unreadable: [{ path: `${HOME}/secret`, reason: 'Permission denied' }],
    unreadable_left_out: 0,
    not_walked: [
      {
        path: `${HOME}/user-default-efs`,
        reason: 'mount',
        filesystem: 'nfs4',
        sentence: 'Another file system (nfs4) is mounted here; not walked.'
      }
    ],
    not_walked_left_out: 0,
    errors: [],
    ...patch
  };
}

function envelope(
  state: 'running' | 'done',
  patch: Partial<ISpaceWalkEnvelope> = {}
): ISpaceWalkEnvelope {
  return {
    path: '',
    state,
    started: '2026-12-07T14:00:00Z',
    finished: state === 'done' ? '2026-12-07T14:00:01Z' : null,
    progress: { entries: 2048, bytes: 3 * 2 ** 20, seconds: 1.5 },
    answer: state === 'done' ? answer() : null,
    ...patch
  };
}

function section(
  state: SpaceWalkState,
  actions: { walk?: jest.Mock; cancel?: jest.Mock } = {},
  context: { copy?: jest.Mock } = {}
) {
  return renderView(
    <SpaceSection
      state={state}
      walk={actions.walk ?? jest.fn()}
      cancel={actions.cancel ?? jest.fn()}
      expanded={true}
      onToggle={() => undefined}
    />,
    context
  );
}

/**
 * A report whose home volume the judge found nearly full (its finding and
 * its tones, as judge_volumes gives them).
 */
function nearlyFull(): IReport {
  const report = goldenReport('studio-efs-access-point');
  const home = report.volumes!.find(volume => volume.mount_point === HOME)!;
  Object.assign(home, {
    size_bytes: 5 * 2 ** 30,
    used_bytes: Math.round(4.7 * 2 ** 30),
    available_bytes: Math.round(0.3 * 2 ** 30),
    inodes_total: 1000,
    inodes_used: 100,
    inodes_available: 900,
    error: null
  });
  report.findings.push({
    id: 'volume-nearly-full',
    severity: 'warning',
    title: `${HOME} is nearly full`,
    detail: 'Where the space went: run Show Disk Space.'
  });
  Object.assign(report.tones!, {
    [`volumes[${HOME}]`]: {
      tone: 'warning',
      text: '94 % of its space used',
      reason: null
    },
    [`volumes[${HOME}].used_bytes`]: {
      tone: 'warning',
      text: '4.7 GiB of 5.0 GiB (94 %)',
      reason: null
    },
    [`volumes[${HOME}].inodes_used`]: {
      tone: 'ok',
      text: '100 of 1000 (10 %)',
      reason: null
    }
  });
  return report;
}

describe('space', () => {
  describe('format', () => {
    it.each([
      [0, '0 bytes'],
      [1023, '1023 bytes'],
      [1536, '1.5 KiB'],
      [5 * 2 ** 30, '5.0 GiB']
    ])('should write %d bytes as %s', (bytes, text) => {
      expect(formatBytes(bytes)).toBe(text);
    });

    it('should name folders as the file browser does', () => {
      expect(joinPath('', 'data')).toBe('data');
      expect(joinPath('work/', 'data')).toBe('work/data');
      expect(parentPath('work/data')).toBe('work');
      expect(parentPath('work')).toBe('');
      expect(parentPath('')).toBeNull();
    });

    it('should count the share used as df does, unknown when a figure is', () => {
      expect(usedPercent(90, 10)).toBe(90);
      expect(usedPercent(null, 10)).toBeNull();
      expect(usedPercent(5, null)).toBeNull();
      expect(usedPercent(0, 0)).toBeNull();
    });
  });

  describe('Volumes meters', () => {
    it('should draw space and inodes as meters with their figures', async () => {
      const node = await renderView(<Volumes report={nearlyFull()} />);
      const meters = Array.from(
        node.querySelectorAll<HTMLElement>('[role="meter"]')
      );
      const space = meters.find(
        meter => meter.getAttribute('aria-label') === `Space used on ${HOME}`
      )!;
      expect(space.getAttribute('aria-valuemin')).toBe('0');
      expect(space.getAttribute('aria-valuemax')).toBe('100');
      expect(space.getAttribute('aria-valuenow')).toBe('94');
      expect(space.getAttribute('aria-valuetext')).toBe(
        '4.7 GiB of 5.0 GiB (94 %)'
      );
      expect(space.className).toContain('jp-mod-warning');
      const inodes = meters.find(
        meter => meter.getAttribute('aria-label') === `Inodes used on ${HOME}`
      )!;
      expect(inodes.getAttribute('aria-valuenow')).toBe('10');
      expect(inodes.getAttribute('aria-valuetext')).toBe('100 of 1000 (10 %)');
    });

    it('should say unknown with the reason, never draw an empty bar', async () => {
      // Captured facts: no volume's figures.
      const report = goldenReport('host-root');
      const node = await renderView(<Volumes report={report} />);
      expect(node.querySelectorAll('[role="meter"]')).toHaveLength(0);
      const unknown = node.querySelector('.jp-IsolationInfo-meterUnknown')!;
      expect(unknown.textContent).toBe(
        'Space used on /: unknown (The size and use of / are not part of the captured facts.)'
      );
    });
  });

  describe('SpaceSection', () => {
    it('should walk the home only when asked', async () => {
      const walk = jest.fn();
      const node = await section({ status: 'idle' }, { walk });
      expect(node.querySelector('[role="progressbar"]')).toBeNull();
      const button = Array.from(node.querySelectorAll('button')).find(
        b => b.textContent === 'Walk the home'
      )!;
      await click(button);
      expect(walk).toHaveBeenCalledWith('');
    });

    it('should show the progress of a running walk and cancel it', async () => {
      const cancel = jest.fn();
      const node = await section(
        {
          status: 'running',
          path: '',
          envelope: envelope('running'),
          cancelling: false
        },
        { cancel }
      );
      const bar = node.querySelector('[role="progressbar"]')!;
      expect(bar.getAttribute('aria-valuetext')).toBe(
        '2,048 entries, 3.0 MiB so far (1.5 s)'
      );
      const button = Array.from(node.querySelectorAll('button')).find(
        b => b.textContent === 'Cancel'
      )!;
      await click(button);
      expect(cancel).toHaveBeenCalledTimes(1);
    });

    it('should say a walk is being cancelled', async () => {
      const node = await section({
        status: 'running',
        path: '',
        envelope: envelope('running'),
        cancelling: true
      });
      const button = Array.from(node.querySelectorAll('button')).find(
        b => b.textContent === 'Cancelling…'
      )!;
      expect(button.disabled).toBe(true);
    });

    it('should draw the largest folders as bars and walk one on a click', async () => {
      const walk = jest.fn();
      const node = await section(
        { status: 'done', path: 'work', envelope: envelope('done') },
        { walk }
      );
      const rows = Array.from(
        node.querySelectorAll('.jp-IsolationInfo-spaceFolders > li')
      );
      expect(rows.map(row => row.textContent)).toEqual([
        'models2.0 GiB',
        'dataat least 512.0 MiB',
        'x<img src=x onerror=alert(1)>\\u202egpj.exe\\nfake4.0 KiB'
      ]);
      const widths = rows.map(
        row =>
          row.querySelector<HTMLElement>('.jp-IsolationInfo-spaceBarFill')!
            .style.width
      );
      expect(widths[0]).toBe('100%');
      expect(widths[1]).toBe('25%');
      await click(rows[1].querySelector('button')!);
      expect(walk).toHaveBeenCalledWith('work/data');
    });

    it('should go up and walk again', async () => {
      const walk = jest.fn();
      const node = await section(
        { status: 'done', path: 'work/data', envelope: envelope('done') },
        { walk }
      );
      const byText = (text: string) =>
        Array.from(node.querySelectorAll('button')).find(
          b => b.textContent === text
        )!;
      await click(byText('Up to work'));
      expect(walk).toHaveBeenLastCalledWith('work');
      await click(byText('Walk again'));
      expect(walk).toHaveBeenLastCalledWith('work/data', true);
    });

    it('should copy a cache’s clear command, never run it', async () => {
      const copy = jest.fn();
      const node = await section(
        { status: 'done', path: '', envelope: envelope('done') },
        {},
        { copy }
      );
      const pip = node.querySelector('[data-cache="pip"]')!;
      expect(pip.textContent).toContain(
        'pip: 300.0 MiB at /home/sagemaker-user/.cache/pip'
      );
      expect(pip.querySelector('code')!.textContent).toBe('pip cache purge');
      await click(pip.querySelector('button')!);
      expect(copy).toHaveBeenCalledWith('pip cache purge');
      // A cache that is not there is not listed.
      expect(node.querySelector('[data-cache="conda"]')).toBeNull();
      expect(node.querySelector('.jp-IsolationInfo-spaceNotSized')).toBeNull();
      const trash = node.querySelector('[data-cache="trash"]')!;
      expect(trash.textContent).toContain(
        '1.0 MiB at /home/sagemaker-user/.local/share/Trash'
      );
      expect(trash.textContent).toContain('delete_to_trash');
    });

    it('should say why a cache or held file outside the root is not named', async () => {
      const reason = "Outside the file browser's root: not named here.";
      const base = answer();
      const node = await section({
        status: 'done',
        path: '',
        envelope: envelope('done', {
          answer: answer({
            caches: [
              {
                ...base.caches[0],
                found: null,
                bytes: null,
                path: null,
                path_reason: reason,
                reason
              }
            ],
            held_deleted: {
              ...base.held_deleted!,
              files: [
                {
                  ...base.held_deleted!.files[0],
                  path: null,
                  path_reason: reason,
                  apparent_bytes: null
                }
              ]
            }
          })
        })
      });
      const folded = node.querySelector('.jp-IsolationInfo-spaceNotSized')!;
      expect(folded.querySelector('li')!.textContent).toBe(`pip: ${reason}`);
      const held = node.querySelector('.jp-IsolationInfo-spaceHeld')!;
      expect(held.textContent).toContain(`${reason}: 5.0 GiB`);
      expect(held.textContent).toContain('analysis.ipynb');
    });

    it('should fold the caches it could not size, each with why', async () => {
      const outside = {
        ...answer().caches[0],
        found: null,
        bytes: null,
        path: '/root/.cache/pip',
        reason:
          'Outside the walked folder (at /root/.cache/pip): not sized here.'
      };
      const node = await section({
        status: 'done',
        path: '',
        envelope: envelope('done', { answer: answer({ caches: [outside] }) })
      });
      const folded = node.querySelector('.jp-IsolationInfo-spaceNotSized')!;
      expect(folded.querySelector('summary')!.textContent).toBe(
        'Caches not sized here (1)'
      );
      expect(folded.querySelector('li')!.textContent).toBe(
        'pip at /root/.cache/pip: Outside the walked folder (at /root/.cache/pip): not sized here.'
      );
      // Never drawn as a cache of 0 bytes.
      expect(node.querySelector('.jp-IsolationInfo-spaceCaches')).toBeNull();
    });

    it('should name the kernel to restart for a held deleted file', async () => {
      const node = await section({
        status: 'done',
        path: '',
        envelope: envelope('done')
      });
      expect(
        node.querySelector('.jp-IsolationInfo-spaceHeld')!.textContent
      ).toContain(
        'Restart the kernel of analysis.ipynb to free 5.0 GiB (pid 4242, python).'
      );
    });

    it('should say what it could not read or did not walk, and a partial answer', async () => {
      const node = await section({
        status: 'done',
        path: '',
        envelope: envelope('done', {
          answer: answer({
            complete: false,
            stopped: {
              reason: 'cancelled',
              sentence: 'The walk was cancelled; what is shown is partial.'
            },
            total: {
              bytes: 2 ** 30,
              at_least: true,
              entries: 10,
              folders: 1,
              files: 9
            }
          })
        })
      });
      expect(
        node.querySelector('.jp-IsolationInfo-spaceTotal')!.textContent
      ).toContain('at least 1.0 GiB in 10 entries');
      expect(
        node.querySelector('.jp-IsolationInfo-spacePartial')!.textContent
      ).toContain('A partial answer: The walk was cancelled');
      expect(
        node.querySelector('.jp-IsolationInfo-spaceUnreadable')!.textContent
      ).toBe('/home/sagemaker-user/secret: Permission denied');
      expect(
        node.querySelector('.jp-IsolationInfo-spaceNotWalked')!.textContent
      ).toContain(
        'user-default-efs: Another file system (nfs4) is mounted here'
      );
    });

    it('should draw hostile names as text, escaped', async () => {
      const hostile = answer({
        resolved: `/home/${HOSTILE}`,
        children: [
          { path: `/home/${HOSTILE}/${HOSTILE}`, bytes: 1, at_least: false }
        ],
        unreadable: [{ path: HOSTILE, reason: HOSTILE }],
        caches: [
          {
            ...answer().caches[0],
            path: HOSTILE,
            clear: `pip cache purge ${HOSTILE}`
          }
        ]
      });
      const copy = jest.fn();
      const node = await section(
        {
          status: 'done',
          path: HOSTILE,
          envelope: envelope('done', { answer: hostile })
        },
        {},
        { copy }
      );
      expect(node.querySelector('img')).toBeNull();
      expect(node.textContent).not.toContain('\u202e');
      expect(node.textContent).not.toContain('\n');
      expect(node.textContent).toContain('\\u202egpj.exe\\nfake');
      // The command is copied as it is: the user's shell gets the real name.
      await click(
        node.querySelector<HTMLButtonElement>('[data-cache="pip"] button')!
      );
      expect(copy).toHaveBeenCalledWith(`pip cache purge ${HOSTILE}`);
    });

    it('should say why a walk failed', async () => {
      const node = await section({
        status: 'failed',
        path: '../etc',
        message: 'The path is outside the file browser’s root.'
      });
      expect(node.textContent).toContain(
        'The walk failed: The path is outside the file browser’s root.'
      );
    });
  });

  describe('SpaceWalkModel', () => {
    function server(answers: Array<ISpaceWalkEnvelope | Response>) {
      const methods: string[] = [];
      const fake = fakeServer((url, init) => {
        methods.push(
          `${init?.method ?? 'GET'} ${url.replace(/^.*isolation-info\//, '').replace(/&\d+$/, '')}`
        );
        const next = answers.length > 1 ? answers.shift()! : answers[0];
        return next instanceof Response ? next : json(next);
      });
      return { settings: fake.settings, methods };
    }

    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('should poll a running walk while it can be seen, until it is done', async () => {
      const { settings, methods } = server([
        envelope('running'),
        envelope('running', {
          progress: { entries: 4096, bytes: 1, seconds: 2 }
        }),
        envelope('done')
      ]);
      const model = new SpaceWalkModel(settings, { pollInterval: 500 });
      model.setActive(true);
      await model.walk('');
      expect(model.state.status).toBe('running');
      await jest.advanceTimersByTimeAsync(500);
      expect(model.state.status).toBe('running');
      expect(
        model.state.status === 'running' &&
          model.state.envelope.progress.entries
      ).toBe(4096);
      await jest.advanceTimersByTimeAsync(500);
      expect(model.state.status).toBe('done');
      await jest.advanceTimersByTimeAsync(5000);
      expect(methods).toEqual([
        'GET space?path=',
        'GET space?path=',
        'GET space?path='
      ]);
      model.dispose();
    });

    it('should not poll while hidden, and resume when shown', async () => {
      const { settings, methods } = server([
        envelope('running'),
        envelope('done')
      ]);
      const model = new SpaceWalkModel(settings, { pollInterval: 500 });
      await model.walk('work');
      await jest.advanceTimersByTimeAsync(5000);
      expect(methods).toEqual(['GET space?path=work']);
      model.setActive(true);
      await jest.advanceTimersByTimeAsync(500);
      expect(methods).toHaveLength(2);
      expect(model.state.status).toBe('done');
      model.dispose();
    });

    it('should cancel with DELETE and show the stopped answer', async () => {
      const stopped = envelope('done', {
        answer: answer({
          complete: false,
          stopped: { reason: 'cancelled', sentence: 'Cancelled.' }
        })
      });
      const { settings, methods } = server([
        envelope('running'),
        envelope('running'),
        stopped
      ]);
      const model = new SpaceWalkModel(settings, { pollInterval: 500 });
      model.setActive(true);
      await model.walk('');
      const cancelling = model.cancel();
      expect(model.state.status === 'running' && model.state.cancelling).toBe(
        true
      );
      await cancelling;
      await jest.advanceTimersByTimeAsync(500);
      expect(methods).toEqual([
        'GET space?path=',
        'DELETE space?path=',
        'GET space?path='
      ]);
      expect(
        model.state.status === 'done' &&
          model.state.envelope.answer?.stopped?.reason
      ).toBe('cancelled');
      model.dispose();
    });

    it('should walk again with refresh, and say what the server refused', async () => {
      const { settings, methods } = server([
        json({ message: 'Two walks are running; try again shortly.' }, 503)
      ]);
      const model = new SpaceWalkModel(settings);
      await model.walk('data', { refresh: true });
      expect(methods).toEqual(['GET space?path=data&refresh=1']);
      expect(model.state).toEqual({
        status: 'failed',
        path: 'data',
        message: 'Two walks are running; try again shortly.'
      });
      model.dispose();
    });

    it('should let a later walk win over an earlier one', async () => {
      const { settings } = server([envelope('done')]);
      const model = new SpaceWalkModel(settings);
      const first = model.walk('a');
      const second = model.walk('b');
      await Promise.all([first, second]);
      expect(model.state.status === 'done' && model.state.path).toBe('b');
      model.dispose();
    });
  });

  describe('the panel', () => {
    it('should draw Space while the report loads, and poll only while shown', async () => {
      const active: boolean[] = [];
      const space: ISpaceWalk = {
        state: { status: 'idle' },
        get changed() {
          return changed;
        },
        walk: async () => undefined,
        cancel: async () => undefined,
        setActive: value => void active.push(value)
      };
      const changed = new Signal<ISpaceWalk, SpaceWalkState>(space);
      // A report that never comes.
      const model = new IsolationInfoModel(
        fakeServer(() => new Promise<Response>(() => undefined)).settings
      );
      const panel = new IsolationInfoPanel({
        model,
        space,
        translator: nullTranslator,
        commands: reportCommands(model)
      });
      Widget.attach(panel, document.body);
      panel.show();
      await rendered(panel);
      const section = panel.node.querySelector<HTMLElement>(
        'section[data-section="space"]'
      )!;
      expect(section.hidden).toBe(false);
      expect(section.textContent).toContain('Walk the home');
      expect(
        panel.node.querySelector<HTMLElement>('section[data-section="inspect"]')
          ?.hidden ?? true
      ).toBe(true);
      panel.hide();
      expect(active).toEqual([true, false]);
      await disposed(panel);
    });
  });

  describe('full volumes', () => {
    it('should take the volume from the judge’s finding and tone', () => {
      const report = nearlyFull();
      expect(fullVolumes(report)).toEqual([
        { mountPoint: HOME, state: 'nearly', text: '94 % of its space used' }
      ]);
      expect(fullVolumeAt(report, '/')).toBeNull();
      // Without the finding, a tone alone names nothing.
      report.findings = report.findings.filter(
        finding => finding.id !== 'volume-nearly-full'
      );
      expect(fullVolumes(report)).toEqual([]);
    });

    it('should show a nearly full volume in the status bar', async () => {
      const report = nearlyFull();
      const model = new IsolationInfoModel(
        fakeServer(() => json(report)).settings
      );
      const item = new IsolationStatus({
        model,
        trans: nullTranslator.load('jupyterlab_isolation_info'),
        onClick: () => 0
      });
      await model.refresh();
      expect(item.node.textContent).toContain(` · ${HOME} nearly full`);
      expect(item.node.getAttribute('aria-label')).toContain(
        `${HOME}: 94 % of its space used`
      );
      item.dispose();
    });

    it('should link an explained path on a nearly full volume to its figures', async () => {
      const explanation = sandboxExplanation();
      const show = jest.fn();
      const volume = fullVolumeAt(
        nearlyFull(),
        explanation.mount!.mount_point
      )!;
      const node = await renderView(
        <ExplainSection
          state={{
            status: 'ready',
            path: 'cases/root-owned.txt',
            answer: explanation
          }}
          kernel={null}
          explainInKernel={null}
          expanded={true}
          onToggle={() => undefined}
          close={() => undefined}
          copy={() => undefined}
          fullVolume={{ volume, show }}
        />
      );
      const line = node.querySelector('.jp-IsolationInfo-explain-volume')!;
      expect(line.textContent).toContain(
        `This path is on ${HOME}, which is nearly full (94 % of its space used).`
      );
      await click(line.querySelector('button')!);
      expect(show).toHaveBeenCalled();
    });
  });
});
