// Real outputs of a real ipykernel behind real walls (recognise.spec.ts's).
import { outputsOf } from './errorOutputs';
import { outputsAction, wallAction } from '../walls/action';
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
