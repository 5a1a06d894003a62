// Real outputs of a real ipykernel behind real walls (recognise.spec.ts's).
import { outputsOf } from './errorOutputs';
import {
  outputActions,
  outputsAction,
  wallAction,
  wallSummary,
  wallTooltip
} from '../walls/action';
import { IWallHit } from '../walls/recognise';

function hit(fields: Partial<IWallHit>): IWallHit {
  return {
    kind: 'permission',
    errno: 13,
    errnoName: 'EACCES',
    paths: [],
    source: 'exception',
    stream: null,
    ename: 'PermissionError',
    tool: null,
    call: null,
    certainty: 'stated',
    text: '',
    ...fields
  };
}

describe('walls', () => {
  describe('outputsAction', () => {
    it.each(['zero-division', 'key-error', 'value-error', 'enoent', 'eisdir'])(
      'should offer nothing for an ordinary error (%s)',
      id => {
        expect(outputsAction(outputsOf(id))).toBeNull();
      }
    );

    it('should offer nothing for no outputs', () => {
      expect(outputsAction([])).toBeNull();
    });

    it.each(['eacces-open', 'eacces-relative', 'erofs-write', 'bang-cat'])(
      'should explain the path a permission or read-only wall names (%s)',
      id => {
        const action = outputsAction(outputsOf(id))!;
        expect(action.kind).toBe('explain');
        expect(action.kind === 'explain' && action.path).toBe(
          action.hit.paths[0].path
        );
      }
    );

    it('should explain a path with markup in it as the text it is', () => {
      const action = outputsAction(outputsOf('eacces-html'))!;
      expect(action.kind).toBe('explain');
      expect(action.kind === 'explain' && action.path).toContain('<');
    });

    it.each([
      ['enospc-write', 'volumes'],
      ['edquot-constructed', 'volumes'],
      ['memory', 'limits'],
      ['bang-killed', 'limits'],
      ['thread-limit', 'limits'],
      ['emfile', 'limits'],
      ['exdev-rename', 'mounts']
    ])(
      'should open the panel at the section that tells (%s: %s)',
      (id, section) => {
        expect(outputsAction(outputsOf(id))).toMatchObject({
          kind: 'section',
          section
        });
      }
    );
  });

  describe('wallAction', () => {
    it('should not explain a path the text does not name exactly', () => {
      const inexact = hit({
        paths: [
          { path: 'a\\xff', exact: false, literal: "b'a\\xff'", quoted: "'x'" }
        ]
      });
      expect(wallAction(inexact)).toMatchObject({
        kind: 'section',
        section: 'walls'
      });
    });

    it('should explain the first path named exactly', () => {
      const two = hit({
        paths: [
          { path: 'a\\xff', exact: false, literal: "b'a\\xff'", quoted: "'x'" },
          { path: 'b', exact: true, literal: "'b'", quoted: "'x'" }
        ]
      });
      expect(wallAction(two)).toMatchObject({ kind: 'explain', path: 'b' });
    });

    it('should open the volumes section for no space even with a path', () => {
      const full = hit({
        kind: 'no-space',
        errno: 28,
        paths: [
          { path: 'out.bin', exact: true, literal: "'out.bin'", quoted: "'x'" }
        ]
      });
      expect(wallAction(full)).toMatchObject({
        kind: 'section',
        section: 'volumes'
      });
    });
  });
});

describe('walls', () => {
  describe('outputActions', () => {
    it('should give a cell one action under each output a wall caused', () => {
      // `!cat` refused in a stream, then a PermissionError's traceback.
      const stream = outputsOf('bang-cat')[0];
      const error = outputsOf('eacces-open')[0];
      const [fromStream, fromError] = [stream, error].map(outputActions);
      expect(fromStream).toHaveLength(1);
      expect(fromError).toHaveLength(1);
      // Their labels tell them apart.
      expect(wallSummary(fromStream[0].hit)).toBe(
        'Permission denied (cat): /mnt/locked/secret.txt'
      );
      expect(wallSummary(fromError[0].hit)).toBe(
        'Permission denied: /opt/ml/metadata/resource-metadata.json'
      );
    });

    it.each(['zero-division', 'key-error', 'value-error', 'enoent'])(
      'should give an ordinary error no action (%s)',
      id => {
        expect(outputsOf(id).flatMap(outputActions)).toEqual([]);
      }
    );

    it('should give a stream one action per wall it shows, at most three', () => {
      const [joined] = outputsOf('bash-tools-c').reduce(
        ([all], o) => [all + String((o as { text: string }).text)],
        ['']
      );
      const actions = outputActions({
        output_type: 'stream',
        name: 'stderr',
        text: joined
      });
      expect(actions.map(a => wallSummary(a.hit))).toEqual([
        'Permission denied (cat): /mnt/locked/secret.txt',
        'Permission denied (touch): /mnt/locked/secret.txt',
        'Permission denied (cp): /mnt/locked/copy.txt'
      ]);
    });

    it('should ask the kernel about a refused chown: its user, its capabilities, an unmapped owner', () => {
      const [action] = outputActions(outputsOf('eperm-chown')[0]);
      expect(action.hit.call).toBe('chown');
      expect(action).toMatchObject({ kind: 'explain', path: '/mnt/home/work' });
      expect(wallSummary(action.hit)).toBe(
        'Operation not permitted (chown): /mnt/home/work'
      );
    });

    it('should open the capabilities for a refused chown that names no path', () => {
      const chown = hit({ errno: 1, errnoName: 'EPERM', call: 'chown' });
      expect(wallAction(chown)).toMatchObject({
        kind: 'section',
        section: 'capabilities'
      });
    });

    it('should read the refused call from a tool', () => {
      const lines = [
        "chown: changing ownership of '/mnt/home/work/a.txt': Operation not permitted",
        "chmod: changing permissions of '/mnt/locked/secret.txt': Operation not permitted"
      ];
      const [chown, chmod] = lines.map(
        text =>
          outputActions({ output_type: 'stream', name: 'stderr', text })[0]
      );
      expect(chown.hit.call).toBe('chown');
      expect(chown).toMatchObject({
        kind: 'explain',
        path: '/mnt/home/work/a.txt'
      });
      expect(chmod.hit.call).toBe('chmod');
      expect(chmod).toMatchObject({
        kind: 'explain',
        path: '/mnt/locked/secret.txt'
      });
    });

    it('should not take an open for a chown', () => {
      const [action] = outputActions(outputsOf('eacces-open')[0]);
      expect(action.hit.call).toBeNull();
    });

    it('should open the limits for the pids limit and the volumes for no space', () => {
      expect(outputActions(outputsOf('thread-limit')[0])[0]).toMatchObject({
        kind: 'section',
        section: 'limits'
      });
      expect(outputsOf('enospc-write').flatMap(outputActions)[0]).toMatchObject(
        { kind: 'section', section: 'volumes' }
      );
    });
  });

  describe('wallSummary', () => {
    it.each([
      ['eacces-html', '<img src=x onerror=alert(1)>'],
      ['eacces-escape', '\\x1b['],
      ['eacces-newline', '\\n']
    ])('should keep a hostile path as escaped text (%s)', (id, shown) => {
      const [action] = outputsOf(id).flatMap(outputActions);
      const summary = wallSummary(action.hit);
      expect(summary).toContain(shown);
      // No control character survives: a terminal escape is shown, not run.
      expect(summary).not.toMatch(/[\u0000-\u001f\u007f]/);
      expect(wallTooltip(action.hit)).not.toMatch(/[\u0000-\u001f\u007f]/);
    });

    it('should bound a long path', () => {
      const [action] = outputActions(outputsOf('enametoolong')[0]);
      expect(wallSummary(action.hit).length).toBeLessThanOrEqual(120);
      expect(wallSummary(action.hit).endsWith('…')).toBe(true);
    });
  });
});
